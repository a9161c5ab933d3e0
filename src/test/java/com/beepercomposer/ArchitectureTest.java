package com.beepercomposer;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
    static final ArchRule sandboxHasItsOwnWire = noClasses()
            .that().resideInAPackage("com.beepercomposer.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("com.beepercomposer.api..",
                    "com.beepercomposer.compose..", "com.beepercomposer.history..", "com.beepercomposer.settings..",
                    "com.beepercomposer.ui..")
            .as("the sandbox answers with its own wire records and depends on nothing of ours but media/");

    @ArchTest
    static final ArchRule sandboxUsesNoRootClass = noClasses()
            .that().resideInAPackage("com.beepercomposer.sandbox..")
            .should().dependOnClassesThat().resideInAPackage("com.beepercomposer")
            .as("the sandbox knows nothing of the app that starts it");

    @ArchTest
    static final ArchRule mediaDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("com.beepercomposer.media..")
            .should().dependOnClassesThat(resideInAPackage("com.beepercomposer..")
                    .and(resideOutsideOfPackage("com.beepercomposer.media..")))
            .as("media/ holds pure rules and depends on nothing of ours");

    /**
     * Which package may use which (as JabRef's layering): api and the pure rules at the bottom,
     * services above them, the window above those, and only the root package wiring everything.
     * Every class of ours must sit in one of these layers, so a new package needs a place here.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("com.beepercomposer..")
            .withOptionalLayers(true)
            .layer("Root").definedBy("com.beepercomposer")
            .layer("Ui").definedBy("com.beepercomposer.ui..")
            .optionalLayer("Cli").definedBy("com.beepercomposer.cli..")
            .layer("Compose").definedBy("com.beepercomposer.compose..")
            .layer("History").definedBy("com.beepercomposer.history..")
            .layer("Settings").definedBy("com.beepercomposer.settings..")
            .layer("Api").definedBy("com.beepercomposer.api..")
            .layer("Sandbox").definedBy("com.beepercomposer.sandbox..")
            .layer("Media").definedBy("com.beepercomposer.media..")
            .layer("Work").definedBy("com.beepercomposer.work..")
            .layer("I18n").definedBy("com.beepercomposer.i18n..")
            .whereLayer("Root").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyAccessLayers("Api", "Compose", "History", "Settings", "Media", "Work",
                    "I18n")
            .whereLayer("Cli").mayOnlyAccessLayers("Api", "Compose", "History", "Settings", "Media", "Work", "I18n")
            .whereLayer("Compose").mayOnlyAccessLayers("Api", "History", "Settings", "Media", "Work", "I18n")
            .whereLayer("History").mayOnlyAccessLayers("Api", "Settings", "Media", "Work", "I18n")
            .whereLayer("Settings").mayOnlyAccessLayers("Api", "Media", "Work", "I18n")
            .whereLayer("Api").mayNotAccessAnyLayer()
            .whereLayer("Sandbox").mayOnlyAccessLayers("Media")
            .whereLayer("Media").mayNotAccessAnyLayer()
            .whereLayer("Work").mayNotAccessAnyLayer()
            .whereLayer("I18n").mayNotAccessAnyLayer()
            .ensureAllClassesAreContainedInArchitecture()
            .as("api depends on nothing of ours; services never on ui; ui never on the sandbox; only the root wires");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.beepercomposer.(*)..").should().beFreeOfCycles();
}
