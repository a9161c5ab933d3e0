package com.beepercomposer.ui;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.compose.MatrixPlan;
import com.beepercomposer.compose.MatrixVariant;
import com.beepercomposer.compose.SendMatrix;
import com.beepercomposer.i18n.Texts;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Send as…": tick the types, list override sets, see how many messages that makes, Send. Each
 * field's problem shows under it; Send says why it is off.
 */
final class SendAsDialog {
    static final String ID = "sendAsDialog";

    private final SendAsViewModel model;
    private final VBox setsBox = new VBox(6);

    private SendAsDialog(SendAsViewModel model) {
        this.model = model;
    }

    /** @param sent called with the run once Send was pressed (the dialog closes) */
    static Stage show(Window owner, SendAsViewModel model, Consumer<SendMatrix.Run> sent) {
        SendAsDialog dialog = new SendAsDialog(model);
        Stage stage = new Stage();
        stage.setTitle(Texts.get("sendAs.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        VBox root = dialog.build(stage, sent);
        Scene scene = new Scene(root, 760, 660);
        scene.getStylesheets().add(SendAsDialog.class.getResource("app.css").toExternalForm());
        scene.getStylesheets().add(SendAsDialog.class.getResource("matrix.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        return stage;
    }

    private VBox build(Stage stage, Consumer<SendMatrix.Run> sent) {
        Label intro = new Label(Texts.get("sendAs.intro", model.fileName(), model.chat().title()));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        FlowPane types = new FlowPane(14, 6);
        types.setId("sendAsTypes");
        for (AttachmentType type : AttachmentType.values()) {
            CheckBox box = new CheckBox(type.wireName());
            box.setId("sendAsType-" + type.wireName());
            box.selectedProperty().bindBidirectional(model.typeProperty(type));
            types.getChildren().add(box);
        }

        Label setsHint = new Label(Texts.get("sendAs.setsHint"));
        setsHint.setWrapText(true);
        setsHint.setMinHeight(Region.USE_PREF_SIZE);
        setsHint.getStyleClass().add("hint");
        setsBox.setId("sendAsSets");
        model.sets().addListener((ListChangeListener<OverridesForm>) change -> redrawSets());
        Button add = new Button(Texts.get("sendAs.addSet"), new FontIcon(Feather.PLUS));
        add.setId("sendAsAddSet");
        add.disableProperty().bind(model.canAddSetProperty().not());
        add.setOnAction(e -> model.addSet());
        Label max = new Label(Texts.get("sendAs.maxSets", MatrixPlan.MAX_SETS));
        max.getStyleClass().add("hint");
        max.visibleProperty().bind(add.disabledProperty());

        Label summary = new Label();
        summary.setId("sendAsSummary");
        summary.getStyleClass().add("matrix-summary");
        summary.textProperty().bind(model.summaryProperty());
        ListView<String> preview = new ListView<>();
        preview.setId("sendAsPreview");
        preview.setFocusTraversable(false);
        preview.setPrefHeight(104);
        preview.setPlaceholder(new Label(Texts.get("sendAs.noVariants")));
        preview.itemsProperty().bind(Bindings.createObjectBinding(() -> javafx.collections.FXCollections
                .observableArrayList(numbered(model.variantsProperty().get())), model.variantsProperty()));

        Label problem = new Label();
        problem.setId("sendAsProblem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        Button cancel = new Button(Texts.get("sendAs.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button send = new Button(Texts.get("sendAs.send"), new FontIcon(Feather.SEND));
        send.setId("sendAsSend");
        send.setDefaultButton(true);
        send.disableProperty().bind(model.canSendProperty().not());
        send.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.variantsProperty().get().size();
            return n == 0 ? Texts.get("sendAs.send") : Texts.get("sendAs.sendCount", n);
        }, model.variantsProperty()));
        send.setOnAction(e -> {
            SendMatrix.Run run = model.send();
            if (run != null) {
                stage.close();
                sent.accept(run);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, problem, gap, cancel, send);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ScrollPane setsScroll = new ScrollPane(setsBox);
        setsScroll.setFitToWidth(true);
        setsScroll.setPrefViewportHeight(140);
        setsScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(setsScroll, Priority.ALWAYS);
        HBox adding = new HBox(8, add, max);
        adding.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, intro, heading(Texts.get("sendAs.types")), types,
                heading(Texts.get("sendAs.sets")), setsHint, setsScroll,
                adding, heading(Texts.get("sendAs.variants")), summary, preview, buttons);
        root.setPadding(new Insets(14));
        root.setId(ID);
        root.getStyleClass().add("send-as");
        redrawSets();
        return root;
    }

    private static List<String> numbered(List<MatrixVariant> variants) {
        return java.util.stream.IntStream.range(0, variants.size())
                .mapToObj(i -> (i + 1) + ". " + variants.get(i).label()).toList();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("send-as-heading");
        return label;
    }

    private void redrawSets() {
        setsBox.getChildren().clear();
        if (model.sets().isEmpty()) {
            Label none = new Label(Texts.get("sendAs.noSets"));
            none.getStyleClass().add("hint");
            setsBox.getChildren().add(none);
        }
        for (int i = 0; i < model.sets().size(); i++) {
            setsBox.getChildren().add(setRow(model.sets().get(i), i));
        }
    }

    /** One set: name, MIME, width × height, duration, each with its problem under it; Remove. */
    private Node setRow(OverridesForm form, int index) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        grid.getStyleClass().add("override-set");
        String prefix = "sendAsSet" + index + "-";
        Label name = new Label(Texts.get("sendAs.setName", index + 1));
        name.getStyleClass().add("send-as-set-name");
        grid.add(name, 0, 1);
        String asUploaded = Texts.get("sendAs.asUploaded");
        String pixels = Texts.get("sendAs.pixels");
        field(grid, 1, Texts.get("attachment.fileName"), form.fileNameProperty(), AttachmentOverrides.FILE_NAME, form,
                prefix + "name", asUploaded, 140);
        field(grid, 2, Texts.get("attachment.mimeType"), form.mimeTypeProperty(), AttachmentOverrides.MIME_TYPE, form,
                prefix + "mime", asUploaded, 120);
        field(grid, 3, Texts.get("attachment.width"), form.widthProperty(), AttachmentOverrides.WIDTH, form,
                prefix + "width", pixels, 64);
        field(grid, 4, Texts.get("attachment.height"), form.heightProperty(), AttachmentOverrides.HEIGHT, form,
                prefix + "height", pixels, 64);
        field(grid, 5, Texts.get("attachment.durationS"), form.durationProperty(), AttachmentOverrides.DURATION, form,
                prefix + "duration", Texts.get("attachment.durationField.promptText"), 90);
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setId(prefix + "remove");
        remove.setAccessibleText(Texts.get("sendAs.removeSet.accessibleText", index + 1));
        remove.setTooltip(new javafx.scene.control.Tooltip(Texts.get("sendAs.removeSet.tooltip")));
        remove.setOnAction(e -> model.removeSet(form));
        grid.add(remove, 6, 1);
        return grid;
    }

    private static void field(GridPane grid, int column, String title, javafx.beans.property.StringProperty value,
                              String errorKey, OverridesForm form, String id, String prompt, double width) {
        Label label = new Label(title);
        label.getStyleClass().add("hint");
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.setMinWidth(width);
        field.setAccessibleText(title);
        field.textProperty().bindBidirectional(value);
        label.setLabelFor(field);
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(Math.max(width, 110));
        error.textProperty().bind(Bindings.createStringBinding(
                () -> form.errorsProperty().get().getOrDefault(errorKey, ""), form.errorsProperty()));
        NodeStates.showOnlyWhenSet(error);
        // The rows are drawn again when a set comes or goes: a field already in error is marked at once.
        NodeStates.markWhileSet(error, field);
        grid.add(label, column, 0);
        grid.add(field, column, 1);
        grid.add(error, column, 2);
    }
}
