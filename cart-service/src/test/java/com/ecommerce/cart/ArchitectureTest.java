package com.ecommerce.cart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.transaction.annotation.Transactional;

@AnalyzeClasses(packages = "com.ecommerce.cart", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoDeliveryMechanism = noClasses().that().resideInAPackage("..cart.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..cart.web..", "..cart.messaging..",
                    "..cart.application..", "..cart.config..", "..cart.client..", "org.springframework.web..",
                    "org.springframework.kafka..", "com.ecommerce.events..", "com.google.protobuf..");

    @ArchTest
    static final ArchRule applicationKnowsNoWebOrHttpClients = noClasses().that().resideInAPackage("..cart.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..cart.web..", "..cart.client..",
                    "org.springframework.web..");

    @ArchTest
    static final ArchRule webUsesNoEntitiesOrRepositories = noClasses().that().resideInAPackage("..cart.web..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveSimpleName("ProductCopies")
            .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);

    @ArchTest
    static final ArchRule transactionsOnlyOnPublicApplicationMethods = methods()
            .that().areAnnotatedWith(Transactional.class)
            .should().bePublic().andShould().beDeclaredInClassesThat().resideInAPackage("..cart.application..");

    @ArchTest
    static final ArchRule nothingTalksToKafkaDirectly = noClasses().that().resideInAPackage("..cart..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate");
}
