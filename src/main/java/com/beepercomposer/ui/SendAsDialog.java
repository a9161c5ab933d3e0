package com.beepercomposer.ui;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.compose.MatrixPlan;
import com.beepercomposer.compose.MatrixVariant;
import com.beepercomposer.compose.SendMatrix;
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
        stage.setTitle("Send as…");
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
        Label intro = new Label("Send " + model.fileName() + " to " + model.chat().title() + " several ways: each"
                + " variant is its own message and history row, grouped, with the file only (the text and reply"
                + " stay in the composer).");
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

        Label setsHint = new Label("Only what you fill in is sent; a blank field keeps the upload's own value. With"
                + " types ticked, every type goes with every set.");
        setsHint.setWrapText(true);
        setsHint.setMinHeight(Region.USE_PREF_SIZE);
        setsHint.getStyleClass().add("hint");
        setsBox.setId("sendAsSets");
        model.sets().addListener((ListChangeListener<OverridesForm>) change -> redrawSets());
        Button add = new Button("Add override set", new FontIcon(Feather.PLUS));
        add.setId("sendAsAddSet");
        add.disableProperty().bind(model.canAddSetProperty().not());
        add.setOnAction(e -> model.addSet());
        Label max = new Label("At most " + MatrixPlan.MAX_SETS + " sets");
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
        preview.setPlaceholder(new Label("No variants to show"));
        preview.itemsProperty().bind(Bindings.createObjectBinding(() -> javafx.collections.FXCollections
                .observableArrayList(numbered(model.variantsProperty().get())), model.variantsProperty()));

        Label problem = new Label();
        problem.setId("sendAsProblem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button send = new Button("Send", new FontIcon(Feather.SEND));
        send.setId("sendAsSend");
        send.setDefaultButton(true);
        send.disableProperty().bind(model.canSendProperty().not());
        send.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.variantsProperty().get().size();
            return n == 0 ? "Send" : "Send " + n + (n == 1 ? " message" : " messages");
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
        VBox root = new VBox(8, intro, heading("Types"), types, heading("Override sets"), setsHint, setsScroll,
                adding, heading("Variants"), summary, preview, buttons);
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
            Label none = new Label("No override set: each type is sent with the upload's own values.");
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
        Label name = new Label("Set " + (index + 1));
        name.getStyleClass().add("send-as-set-name");
        grid.add(name, 0, 1);
        field(grid, 1, "File name", form.fileNameProperty(), AttachmentOverrides.FILE_NAME, form, prefix + "name",
                "as uploaded", 140);
        field(grid, 2, "MIME type", form.mimeTypeProperty(), AttachmentOverrides.MIME_TYPE, form, prefix + "mime",
                "as uploaded", 120);
        field(grid, 3, "Width", form.widthProperty(), AttachmentOverrides.WIDTH, form, prefix + "width", "px", 64);
        field(grid, 4, "Height", form.heightProperty(), AttachmentOverrides.HEIGHT, form, prefix + "height", "px",
                64);
        field(grid, 5, "Duration (s)", form.durationProperty(), AttachmentOverrides.DURATION, form,
                prefix + "duration", "e.g. 12.5", 90);
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setId(prefix + "remove");
        remove.setAccessibleText("Remove set " + (index + 1));
        remove.setTooltip(new javafx.scene.control.Tooltip("Remove this set"));
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
        error.textProperty().addListener((obs, old, text) -> NodeStates.toggleStyle(field, "danger", !text.isEmpty()));
        grid.add(label, column, 0);
        grid.add(field, column, 1);
        grid.add(error, column, 2);
    }
}
