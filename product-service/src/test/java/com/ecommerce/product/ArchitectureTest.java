package com.ecommerce.product;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.transaction.annotation.Transactional;

@AnalyzeClasses(packages = "com.ecommerce.product", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoWebNoKafkaNoOuterLayer = noClasses().that().resideInAPackage("..product.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..product.web..", "..product.messaging..",
                    "..product.application..", "..product.config..", "org.springframework.web..",
                    "org.springframework.kafka..", "org.apache.kafka..", "com.google.protobuf..");

    @ArchTest
    static final ArchRule applicationKnowsNoWeb = noClasses().that().resideInAPackage("..product.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..product.web..", "org.springframework.web..");

    @ArchTest
    static final ArchRule webNeverSeesEntitiesOrRepositories = noClasses().that().resideInAPackage("..product.web..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);

    @ArchTest
    static final ArchRule transactionsOnlyOnPublicApplicationMethods = methods().that()
            .areAnnotatedWith(Transactional.class)
            .should().bePublic().andShould().beDeclaredInClassesThat().resideInAPackage("..product.application..");
}
