package com.beepercomposer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md, enforced: services know nothing of JavaFX, only api/ and sandbox/ speak HTTP. */
@AnalyzeClasses(packages = "com.beepercomposer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule servicesDoNotUseJavaFx = noClasses()
            .that().resideInAnyPackage("..api..", "..sandbox..", "..history..", "..compose..", "..settings..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .as("api, sandbox, history, compose and settings know nothing of JavaFX");

    @ArchTest
    static final ArchRule onlyApiAndSandboxSpeakHttp = noClasses()
            .that().resideOutsideOfPackages("..api..", "..sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "io.javalin..",
                    "org.eclipse.jetty..")
            .as("only api/ (and the sandbox server) speak HTTP");

    @ArchTest
    static final ArchRule oneHandOffToTheFxThread = noClasses()
            .that().doNotHaveFullyQualifiedName("com.beepercomposer.ui.UiExecutor")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .as("background results reach the FX thread through UiExecutor only");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.beepercomposer.(*)..").should().beFreeOfCycles();
}
