package org.actorgraph.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.actorgraph.analysis.GroupingSpec;
import org.actorgraph.io.Problem;
import org.actorgraph.render.ExportFormat;

/**
 * Everything that asks or tells the user something in a separate window. View models talk to this
 * interface only, so tests can record what would have been shown.
 */
public interface DialogService {

    /** Lists every problem found in a file, in a scrollable list, without blocking the caller. */
    void showProblems(String title, String summary, List<Problem> problems);

    /** Tells about a failure that has no list of problems, such as an unreadable file. */
    void showError(String title, String message);

    /** Shows what the application is and, in tables, its shortcuts and mouse gestures. */
    void showHelp(String title, String intro, List<HelpSection> sections);

    /** Asks for a corpus file to open; empty when the user cancels. */
    Optional<Path> chooseCorpusFile(Path initialDirectory);

    /** Asks for a saved view file to open; empty when the user cancels. */
    default Optional<Path> chooseViewToOpen(Path initialDirectory) {
        return Optional.empty();
    }

    /** Asks where to save a view, suggesting a file name; empty when the user cancels. */
    default Optional<Path> chooseViewToSave(Path initialDirectory, String suggestedName) {
        return Optional.empty();
    }

    /**
     * Asks where to export, suggesting a file name; the extension filters offer {@code formats},
     * the first preselected. Empty when the user cancels.
     */
    default Optional<Path> chooseExportFile(Path initialDirectory, String suggestedName, List<ExportFormat> formats) {
        return Optional.empty();
    }

    /** Asks for annotation or event files to import; empty when the user cancels. */
    default List<Path> chooseImportFiles(Path initialDirectory) {
        return List.of();
    }

    /** Asks for a folder of annotation or event files to import; empty when the user cancels. */
    default Optional<Path> chooseImportFolder(Path initialDirectory) {
        return Optional.empty();
    }

    /** Asks for an import mapping file; empty when the user cancels. */
    default Optional<Path> chooseMappingFile(Path initialDirectory) {
        return Optional.empty();
    }

    /** Asks where to save the corpus, suggesting a file name; empty when the user cancels. */
    default Optional<Path> chooseCorpusToSave(Path initialDirectory, String suggestedName) {
        return Optional.empty();
    }

    /** Asks where to save a story handout (PDF), suggesting a file name; empty when the user cancels. */
    default Optional<Path> chooseHandoutFile(Path initialDirectory, String suggestedName) {
        return Optional.empty();
    }

    /** Asks for a folder to write files into; empty when the user cancels. */
    default Optional<Path> chooseFolder(String title, Path initialDirectory) {
        return Optional.empty();
    }

    /**
     * Asks how many actors the top-K overview keeps and by which centrality, starting from
     * {@code current}; the answer is {@code current} in {@link GroupingSpec.Mode#TOP_K} with the chosen
     * K and metric. Empty when the user cancels.
     */
    default Optional<GroupingSpec> chooseTopK(GroupingSpec current) {
        return Optional.empty();
    }

    /** Tells the user something finished; by default nothing is shown. */
    default void showInformation(String title, String message) {
    }
}
