package org.actorgraph.ui.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.io.Problem;
import org.actorgraph.ui.dialog.DialogService;

/** Remembers what would have been shown instead of opening windows. */
public final class RecordingDialogService implements DialogService {

    public final List<List<Problem>> problemLists = new ArrayList<>();
    public final List<String> titles = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public Path fileToChoose;

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
    public void showInformation(String title, String header, String text) {
        titles.add(title);
        informations.add(text);
    }

    @Override
    public Optional<Path> chooseCorpusFile(Path initialDirectory) {
        return Optional.ofNullable(fileToChoose);
    }
}
