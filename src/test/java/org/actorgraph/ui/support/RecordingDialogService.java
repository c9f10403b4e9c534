package org.actorgraph.ui.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.io.Problem;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.dialog.HelpSection;

/** Remembers what would have been shown instead of opening windows. */
public final class RecordingDialogService implements DialogService {

    public final List<List<Problem>> problemLists = new ArrayList<>();
    public final List<String> titles = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<List<HelpSection>> helps = new ArrayList<>();
    public Path fileToChoose;
    public Path exportFileToChoose;
    public Path corpusToSave;
    public List<Path> importFilesToChoose = List.of();
    /** The answer to {@link #chooseTopK}: the K chosen, or null to cancel. */
    public Integer topKToChoose;

    @Override
    public void showProblems(String title, String summary, List<Problem> problems) {
        titles.add(title);
        problemLists.add(List.copyOf(problems));
    }

    @Override
    public void showError(String title, String message) {
        titles.add(title);
        errors.add(message);
    }

    @Override
    public void showHelp(String title, String intro, List<HelpSection> sections) {
        titles.add(title);
        helps.add(List.copyOf(sections));
    }

    @Override
    public Optional<Path> chooseCorpusFile(Path initialDirectory) {
        return Optional.ofNullable(fileToChoose);
    }

    @Override
    public Optional<Path> chooseExportFile(Path initialDirectory, String suggestedName,
                                           List<org.actorgraph.render.ExportFormat> formats) {
        return Optional.ofNullable(exportFileToChoose);
    }

    @Override
    public List<Path> chooseImportFiles(Path initialDirectory) {
        return importFilesToChoose;
    }

    @Override
    public Optional<org.actorgraph.analysis.GroupingSpec> chooseTopK(org.actorgraph.analysis.GroupingSpec current) {
        return Optional.ofNullable(topKToChoose).map(k -> current
                .withMode(org.actorgraph.analysis.GroupingSpec.Mode.TOP_K).withTopK(k));
    }

    @Override
    public Optional<Path> chooseCorpusToSave(Path initialDirectory, String suggestedName) {
        return Optional.ofNullable(corpusToSave);
    }
}
