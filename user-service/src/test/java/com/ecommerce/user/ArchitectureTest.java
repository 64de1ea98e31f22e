package com.ecommerce.user;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.ecommerce.user", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoWebMessagingOrApplication = noClasses()
            .that().resideInAPackage("..user.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..user.web..", "..user.application..",
                    "..user.config..", "org.springframework.web..", "org.springframework.kafka..",
                    "org.springframework.security..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule applicationKnowsNoWeb = noClasses()
            .that().resideInAPackage("..user.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..user.web..", "org.springframework.web..",
                    "jakarta.servlet..");

    @ArchTest
    static final ArchRule webNeverTouchesRepositories = noClasses()
            .that().resideInAPackage("..user.web..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule webNeverSeesEntities = noClasses()
            .that().resideInAPackage("..user.web..")
            .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity");

    @ArchTest
    static final ArchRule transactionsOnlyInApplication = noClasses()
            .that().resideOutsideOfPackage("..user.application..")
            .should().beAnnotatedWith("org.springframework.transaction.annotation.Transactional");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().notBePublic();
}
