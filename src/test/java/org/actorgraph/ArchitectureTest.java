package org.actorgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package directions recorded in docs/decisions/0001-layers.md. */
@AnalyzeClasses(packages = "org.actorgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true) // render and cli arrive with the export feature
            .layer("Model").definedBy("org.actorgraph.model..")
            .layer("IO").definedBy("org.actorgraph.io..")
            .layer("Analysis").definedBy("org.actorgraph.analysis..")
            .layer("Render").definedBy("org.actorgraph.render..")
            .layer("CLI").definedBy("org.actorgraph.cli..")
            .layer("UI").definedBy("org.actorgraph.ui..")
            .layer("Launcher").definedBy("org.actorgraph")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Render").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("IO").mayOnlyBeAccessedByLayers("UI", "CLI", "Render", "Launcher")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("UI", "CLI", "Render")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("IO", "Analysis", "Render", "CLI", "UI", "Launcher")
            .because("the model and the logic must be usable and testable without a window, "
                    + "and the window and the command line must not depend on each other");

    @ArchTest
    static final ArchRule javaFxOnlyInTheUserInterface = noClasses()
            .that().resideOutsideOfPackages("org.actorgraph.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.brunomnsilva..")
            .because("model, io, analysis and the command line run headless, and the view is the "
                    + "only place that knows how things are drawn on screen");

    @ArchTest
    static final ArchRule noStaticMutableState = fields().that().areStatic()
            .should().beFinal()
            .because("state is passed in by the composition root, so tests never reset globals");
}
