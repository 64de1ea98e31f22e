package com.ecommerce.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.transaction.annotation.Transactional;

@AnalyzeClasses(packages = "com.ecommerce.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoDeliveryMechanism = noClasses().that().resideInAPackage("..inventory.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..inventory.web..", "..inventory.messaging..",
                    "..inventory.application..", "..inventory.config..", "org.springframework.web..",
                    "org.springframework.kafka..", "com.ecommerce.events..", "com.google.protobuf..");

    @ArchTest
    static final ArchRule applicationKnowsNoWeb = noClasses().that().resideInAPackage("..inventory.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..inventory.web..", "org.springframework.web..");

    @ArchTest
    static final ArchRule webUsesNoEntitiesOrRepositories = noClasses().that().resideInAPackage("..inventory.web..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);

    @ArchTest
    static final ArchRule transactionsOnlyOnPublicApplicationMethods = methods()
            .that().areAnnotatedWith(Transactional.class)
            .should().bePublic().andShould().beDeclaredInClassesThat().resideInAPackage("..inventory.application..");

    @ArchTest
    static final ArchRule messagingDoesNotTalkToKafkaDirectly = noClasses().that().resideInAPackage("..inventory..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate");
}
