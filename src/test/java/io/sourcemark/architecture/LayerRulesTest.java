package io.sourcemark.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The arrows of DESIGN.md "Layers", checked on the compiled classes. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.sourcemark");
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.sourcemark.ui..", "io.sourcemark.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingElseInTheProject() {
        noClasses().that().resideInAPackage("io.sourcemark.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.sourcemark.analysis..", "io.sourcemark.importer..", "io.sourcemark.store..",
                        "io.sourcemark.export..", "io.sourcemark.service..", "io.sourcemark.ui..",
                        "io.sourcemark.app..", "io.sourcemark.cli..")
                .check(classes);
    }

    @Test
    void onlyStoreUsesSql() {
        noClasses().that().resideOutsideOfPackage("io.sourcemark.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void nothingButAppUsesUi() {
        noClasses().that().resideOutsideOfPackages("io.sourcemark.ui..", "io.sourcemark.app..")
                .should().dependOnClassesThat().resideInAPackage("io.sourcemark.ui..")
                .check(classes);
    }

    @Test
    void uiReachesDataOnlyThroughService() {
        noClasses().that().resideInAPackage("io.sourcemark.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.sourcemark.store..", "io.sourcemark.importer..", "io.sourcemark.export..",
                        "io.sourcemark.cli..", "io.sourcemark.app..")
                .check(classes);
    }

    @Test
    void cliReachesDataOnlyThroughService() {
        noClasses().that().resideInAPackage("io.sourcemark.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.sourcemark.store..", "io.sourcemark.ui..", "io.sourcemark.app..")
                .check(classes);
    }

    @Test
    void engineAndImportersAreFreeOfStorageAndServices() {
        noClasses().that().resideInAnyPackage("io.sourcemark.analysis..", "io.sourcemark.importer..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.sourcemark.store..", "io.sourcemark.service..", "io.sourcemark.export..",
                        "io.sourcemark.cli..")
                .check(classes);
    }

    @Test
    void theEngineLibraryNeedsOnlyJavaAndOpenNlp() {
        classes().that().resideInAPackage("io.sourcemark.analysis")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "opennlp..",
                        "io.sourcemark.analysis", "io.sourcemark.model")
                .because("sourcemark-engine is a library for jobs such as the Spark one: no JavaFX, SQLite or JSON")
                .check(classes);
        noClasses().that().resideInAPackage("io.sourcemark.analysis")
                .should().dependOnClassesThat(DescribedPredicate.describe("model classes outside the engine",
                        (JavaClass c) -> c.getBaseComponentType().getPackageName().equals("io.sourcemark.model")
                                && !List.of("TextRange", "SpeakerKind", "ClaimCategory")
                                        .contains(c.getBaseComponentType().getSimpleName())))
                .because("the engine's jar carries only the model records it uses")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotCallUpwards() {
        noClasses().that().resideInAnyPackage("io.sourcemark.store..", "io.sourcemark.export..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.sourcemark.service..", "io.sourcemark.cli..", "io.sourcemark.app..")
                .check(classes);
    }

    @Test
    void viewsDoNotCallServices() {
        noClasses().that().resideInAPackage("io.sourcemark.ui..").and().haveSimpleNameEndingWith("View")
                .or().haveSimpleNameEndingWith("Cell").or().haveSimpleNameEndingWith("Section")
                .should().dependOnClassesThat().resideInAPackage("io.sourcemark.service..")
                .because("views build nodes and bind; their view models call the services off the FX thread")
                .check(classes);
    }

    @Test
    void featuresShareStateThroughTheWorkspaceNotEachOther() {
        for (String feature : List.of("library", "reader", "statements", "inspector", "speakers")) {
            List<String> others = new java.util.ArrayList<>(List.of("library", "reader", "statements", "inspector",
                    "speakers", "shell"));
            others.remove(feature);
            noClasses().that().resideInAPackage("io.sourcemark.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others.stream()
                            .map(o -> "io.sourcemark.ui." + o + "..").toArray(String[]::new))
                    .check(classes);
        }
    }

    @Test
    void theAppChangesProjectsOnlyThroughServices() {
        noClasses().that().resideInAPackage("io.sourcemark.app..")
                .should().dependOnClassesThat().resideInAPackage("io.sourcemark.store..")
                .check(classes);
    }

    @Test
    void noGlobalMutableState() {
        fields().that().areStatic().should().beFinal()
                .because("objects are wired in app by constructor injection, with no static singletons")
                .check(classes);
    }
}
