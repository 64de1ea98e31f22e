package com.ecommerce.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.transaction.annotation.Transactional;

@AnalyzeClasses(packages = "com.ecommerce.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoDeliveryMechanism = noClasses().that().resideInAPackage("..order.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..order.web..", "..order.messaging..",
                    "..order.application..", "..order.config..", "..order.client..", "org.springframework.web..",
                    "org.springframework.kafka..", "com.ecommerce.events..", "com.google.protobuf..");

    @ArchTest
    static final ArchRule applicationKnowsNoWebNorHttpClients = noClasses().that().resideInAPackage("..order.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..order.web..", "..order.client..",
                    "org.springframework.web..");

    @ArchTest
    static final ArchRule webUsesNoEntitiesOrRepositories = noClasses().that().resideInAPackage("..order.web..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);

    @ArchTest
    static final ArchRule transactionsOnlyOnPublicApplicationMethods = methods()
            .that().areAnnotatedWith(Transactional.class)
            .should().bePublic().andShould().beDeclaredInClassesThat().resideInAPackage("..order.application..");

    @ArchTest
    static final ArchRule nothingTalksToKafkaDirectly = noClasses().that().resideInAPackage("..order..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate");
}
