package com.beepercomposer.ui;

import com.beepercomposer.i18n.Texts;
import com.beepercomposer.ui.AttachmentQueueViewModel.TextPlacement;
import com.beepercomposer.ui.QueuedFile.Stage;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The attachment queue: a header (how many files, where the text goes, Cancel all) and one line
 * per file with its own progress, reason, Cancel, Retry and Remove. Shown only while the queue
 * holds files; each line follows its file's properties, so a progress tick repaints one line.
 */
final class AttachmentQueueView {
    private final AttachmentQueueViewModel model;
    private final VBox root = new VBox(4);
    private final VBox lines = new VBox(2);
    private final Map<QueuedFile, Node> shown = new HashMap<>();

    AttachmentQueueView(AttachmentQueueViewModel model) {
        this.model = model;
        root.getStyleClass().add("attachment-queue");
        root.setAccessibleText(Texts.get("queue.accessibleText"));
        root.visibleProperty().bind(model.activeProperty());
        root.managedProperty().bind(root.visibleProperty());
        lines.getStyleClass().add("queue-lines");
        // Many files scroll in a few lines' height instead of pushing the editor away.
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(lines);
        scroller.setFitToWidth(true);
        // As tall as its lines up to five or so; never squeezed below three by the editor.
        lines.heightProperty().addListener((obs, old, height) -> {
            scroller.setPrefViewportHeight(Math.min(height.doubleValue(), 190));
            scroller.setMinViewportHeight(Math.min(height.doubleValue(), 112));
        });
        scroller.getStyleClass().addAll("queue-scroller", "edge-to-edge");
        scroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        root.getChildren().addAll(header(), scroller);
        model.files().addListener((ListChangeListener<QueuedFile>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    Node node() {
        return root;
    }

    private HBox header() {
        Label summary = new Label();
        summary.getStyleClass().add("queue-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label textGoes = new Label(Texts.get("queue.textGoesWith"));
        textGoes.getStyleClass().add("hint");
        ToggleGroup where = new ToggleGroup();
        RadioButton first = new RadioButton(Texts.get("queue.textWithFirst"));
        first.setId("textWithFirst");
        first.setAccessibleText(Texts.get("queue.textWithFirst.accessibleText"));
        RadioButton each = new RadioButton(Texts.get("queue.textWithEach"));
        each.setId("textWithEach");
        each.setAccessibleText(Texts.get("queue.textWithEach.accessibleText"));
        first.setToggleGroup(where);
        each.setToggleGroup(where);
        where.selectToggle(model.placementProperty().get() == TextPlacement.EACH ? each : first);
        where.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.placementProperty().set(now == each ? TextPlacement.EACH : TextPlacement.FIRST);
            }
        });
        model.placementProperty().addListener((obs, old, now) ->
                where.selectToggle(now == TextPlacement.EACH ? each : first));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button cancelAll = new Button(Texts.get("queue.cancelAll"));
        cancelAll.setId("queueCancelAll");
        cancelAll.setAccessibleText(Texts.get("queue.cancelAll.accessibleText"));
        cancelAll.setOnAction(e -> model.cancelAll());
        BooleanBinding unfinished = Bindings.createBooleanBinding(() -> model.files().stream()
                .anyMatch(f -> f.stage() == Stage.UPLOADING || f.stage() == Stage.WAITING
                        || f.stage() == Stage.CHECKING), model.files());
        showWhen(cancelAll, unfinished);
        HBox header = new HBox(8, summary, textGoes, first, each, gap, cancelAll);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("queue-header");
        return header;
    }

    private void rebuild() {
        Map<QueuedFile, Node> kept = new HashMap<>(shown);
        shown.clear();
        lines.getChildren().setAll(model.files().stream().map(f -> {
            Node line = kept.containsKey(f) ? kept.get(f) : line(f);
            shown.put(f, line);
            return line;
        }).toList());
    }

    private Node line(QueuedFile file) {
        var stage = file.stageProperty();
        Label name = new Label();
        name.getStyleClass().add("queue-file");
        name.textProperty().bind(Bindings.createStringBinding(() -> file.fileProperty().get() == null ? file.name()
                : AttachmentViewModel.describeFile(file.fileProperty().get()), file.fileProperty()));
        // One width for every name, so the bars and states line up; a long name is cut, its tooltip whole.
        name.setMinWidth(120);
        name.setPrefWidth(300);
        name.setMaxWidth(300);
        name.setTooltip(new javafx.scene.control.Tooltip());
        name.getTooltip().textProperty().bind(name.textProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        bar.setAccessibleText(Texts.get("queue.progress.accessibleText", file.name()));
        bar.progressProperty().bind(file.progressProperty());
        BooleanBinding uploading = stage.isEqualTo(Stage.UPLOADING);
        BooleanBinding pending = uploading.or(stage.isEqualTo(Stage.WAITING)).or(stage.isEqualTo(Stage.CHECKING));
        BooleanBinding failed = stage.isEqualTo(Stage.FAILED).or(stage.isEqualTo(Stage.REFUSED));
        showWhen(bar, pending);
        Label state = new Label();
        state.getStyleClass().add("queue-state");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.createStringBinding(() -> stateText(file), stage,
                file.problemProperty(), file.progressTextProperty()));
        stage.addListener((obs, old, now) -> NodeStates.toggleStyle(state, "field-error", now == Stage.FAILED
                || now == Stage.REFUSED || !file.problemProperty().get().isEmpty()));
        file.problemProperty().addListener((obs, old, now) -> NodeStates.toggleStyle(state, "field-error",
                !now.isEmpty()));
        NodeStates.toggleStyle(state, "field-error", !file.problemProperty().get().isEmpty());
        HBox.setHgrow(state, Priority.ALWAYS);
        state.setMaxWidth(Double.MAX_VALUE);
        Button cancel = button(Texts.get("attachment.cancelButton"), "queue-cancel",
                Texts.get("queue.cancel.accessibleText", file.name()),
                () -> model.cancel(file));
        showWhen(cancel, pending);
        Button retry = button(Texts.get("attachment.retryButton"), "queue-retry",
                Texts.get("queue.retry.accessibleText", file.name()), () -> model.retry(file));
        showWhen(retry, failed.and(file.fileProperty().isNotNull().or(stage.isEqualTo(Stage.FAILED))));
        Button remove = button(Texts.get("attachment.removeButton"), "queue-remove",
                Texts.get("queue.remove.accessibleText", file.name()),
                () -> model.remove(file));
        HBox line = new HBox(8, name, bar, state, cancel, retry, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("queue-line");
        line.setUserData(file);
        return line;
    }

    private static String stateText(QueuedFile file) {
        String problem = file.problemProperty().get();
        return switch (file.stage()) {
            case CHECKING -> Texts.get("queue.checking");
            case WAITING -> Texts.get("queue.waiting");
            case UPLOADING -> file.progressTextProperty().get();
            case UPLOADED -> problem.isEmpty() ? Texts.get("queue.uploaded") : problem;
            case FAILED, REFUSED -> problem;
        };
    }

    private static Button button(String text, String styleClass, String accessible, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(styleClass);
        button.setAccessibleText(accessible);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
