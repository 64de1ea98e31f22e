package com.ecommerce.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.transaction.annotation.Transactional;

@AnalyzeClasses(packages = "com.ecommerce.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoDeliveryMechanism = noClasses().that().resideInAPackage("..payment.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..payment.web..", "..payment.messaging..",
                    "..payment.application..", "..payment.config..", "..payment.provider..",
                    "org.springframework.web..", "org.springframework.kafka..", "com.ecommerce.events..",
                    "com.google.protobuf..");

    @ArchTest
    static final ArchRule applicationKnowsNoWebNorAdapters = noClasses().that().resideInAPackage("..payment.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..payment.web..", "..payment.provider..",
                    "org.springframework.web..");

    @ArchTest
    static final ArchRule webUsesNoEntitiesOrRepositories = noClasses().that().resideInAPackage("..payment.web..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);

    @ArchTest
    static final ArchRule transactionsOnlyOnPublicApplicationMethods = methods()
            .that().areAnnotatedWith(Transactional.class)
            .should().bePublic().andShould().beDeclaredInClassesThat().resideInAPackage("..payment.application..");

    @ArchTest
    static final ArchRule nothingTalksToKafkaDirectly = noClasses().that().resideInAPackage("..payment..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate");

    @ArchTest
    static final ArchRule providersAreReachedOnlyThroughThePort = noClasses()
            .that().resideOutsideOfPackages("..payment.provider..", "..payment.web..")
            .should().dependOnClassesThat().resideInAPackage("..payment.provider..");
}
