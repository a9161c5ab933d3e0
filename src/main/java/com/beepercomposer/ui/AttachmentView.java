package com.beepercomposer.ui;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.UploadSummary;
import com.beepercomposer.i18n.Texts;
import java.io.File;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The attachment row: pick, progress, what the server detected, and the overrides form. */
public final class AttachmentView {
    private final AttachmentViewModel model;
    private final ComposerViewModel composer;

    @FXML
    private javafx.scene.layout.VBox attachmentRoot;
    @FXML
    private Button pickButton;
    @FXML
    private ImageView thumbnail;
    @FXML
    private Label fileLabel;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressLabel;
    @FXML
    private Label detectedLabel;
    @FXML
    private Label problemLabel;
    @FXML
    private Button cancelButton;
    @FXML
    private Button retryButton;
    @FXML
    private Button removeButton;
    @FXML
    private TitledPane overridesPane;
    @FXML
    private ComboBox<AttachmentType> typeBox;
    @FXML
    private TextField fileNameField;
    @FXML
    private TextField mimeField;
    @FXML
    private TextField durationField;
    @FXML
    private TextField widthField;
    @FXML
    private TextField heightField;
    @FXML
    private Label fileNameError;
    @FXML
    private Label mimeError;
    @FXML
    private Label durationError;
    @FXML
    private Label widthError;
    @FXML
    private Label heightError;
    @FXML
    private Label sendError;
    @FXML
    private Button sendAsButton;
    private final SendAsLauncher sendAs;

    public AttachmentView(ComposerViewModel composer) {
        this(composer, null);
    }

    /** @param sendAs opens "Send as…"; null hides the button */
    AttachmentView(ComposerViewModel composer, SendAsLauncher sendAs) {
        this.composer = composer;
        this.model = composer.attachment();
        this.sendAs = sendAs;
    }

    @FXML
    private void initialize() {
        pickButton.setGraphic(new FontIcon(Feather.PAPERCLIP));
        var stage = model.stageProperty();
        BooleanBinding none = stage.isEqualTo(AttachmentViewModel.Stage.NONE);
        BooleanBinding uploading = stage.isEqualTo(AttachmentViewModel.Stage.UPLOADING);
        BooleanBinding failed = stage.isEqualTo(AttachmentViewModel.Stage.FAILED)
                .or(stage.isEqualTo(AttachmentViewModel.Stage.REFUSED));
        showWhen(cancelButton, uploading);
        showWhen(retryButton, failed.and(model.fileProperty().isNotNull()));
        showWhen(removeButton, none.not());
        showWhen(progressBar, uploading.or(stage.isEqualTo(AttachmentViewModel.Stage.CHECKING)));
        showWhen(overridesPane, none.not());
        showWhen(thumbnail, thumbnail.imageProperty().isNotNull());
        progressBar.progressProperty().bind(model.progressProperty());
        progressLabel.textProperty().bind(model.progressTextProperty());
        bindLabel(problemLabel, model.problemProperty());
        bindLabel(sendError, composer.attachmentErrorProperty());
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> AttachmentViewModel.describeFile(model.fileProperty().get()),
                model.fileProperty()));
        detectedLabel.textProperty().bind(Bindings.createStringBinding(() -> model.uploadedProperty().get() == null
                ? "" : Texts.get("attachment.serverDetected", UploadSummary.describe(model.uploadedProperty().get())),
                model.uploadedProperty()));
        detectedLabel.visibleProperty().bind(detectedLabel.textProperty().isNotEmpty());
        detectedLabel.managedProperty().bind(detectedLabel.visibleProperty());
        model.fileProperty().addListener((obs, old, file) -> showThumbnail(file));
        setUpOverrides();
        attachmentRoot.getChildren().add(1, new AttachmentQueueView(model.queue()).node());
        setUpSendAs(none);
    }

    private void setUpSendAs(BooleanBinding none) {
        if (sendAs == null) {
            showWhen(sendAsButton, Bindings.createBooleanBinding(() -> false));
            return;
        }
        sendAsButton.setGraphic(new FontIcon(Feather.LAYERS));
        showWhen(sendAsButton, none.not());
        sendAsButton.disableProperty().bind(sendAs.blockedProperty().isNotEmpty());
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> sendAs.blockedProperty().get().isEmpty()
                ? Texts.get("attachment.sendAsButton.tooltip", WindowKeys.SEND_AS.getDisplayText())
                : sendAs.blockedProperty().get(), sendAs.blockedProperty()));
        sendAsButton.setTooltip(tip);
    }

    @FXML
    private void onSendAs() {
        sendAs.open(sendAsButton.getScene().getWindow());
    }

    private void setUpOverrides() {
        typeBox.getItems().add(null);
        typeBox.getItems().addAll(AttachmentType.values());
        typeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttachmentType type) {
                return type == null ? Texts.get("attachment.typeAuto") : type.wireName();
            }

            @Override
            public AttachmentType fromString(String text) {
                return null;
            }
        });
        OverridesForm form = model.overrides();
        typeBox.valueProperty().bindBidirectional(form.typeProperty());
        fileNameField.textProperty().bindBidirectional(form.fileNameProperty());
        mimeField.textProperty().bindBidirectional(form.mimeTypeProperty());
        durationField.textProperty().bindBidirectional(form.durationProperty());
        widthField.textProperty().bindBidirectional(form.widthProperty());
        heightField.textProperty().bindBidirectional(form.heightProperty());
        bindError(fileNameError, fileNameField, AttachmentOverrides.FILE_NAME);
        bindError(mimeError, mimeField, AttachmentOverrides.MIME_TYPE);
        bindError(durationError, durationField, AttachmentOverrides.DURATION);
        bindError(widthError, widthField, AttachmentOverrides.WIDTH);
        bindError(heightError, heightField, AttachmentOverrides.HEIGHT);
    }

    private void bindError(Label label, TextField field, String name) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            Map<String, String> errors = model.overrides().errorsProperty().get();
            return errors.getOrDefault(name, "");
        }, model.overrides().errorsProperty()));
        label.textProperty().addListener((obs, old, text) -> {
            field.getStyleClass().remove("danger");
            if (!text.isEmpty()) {
                field.getStyleClass().add("danger");
            }
        });
    }

    @FXML
    private void onPick() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("attachment.chooserTitle"));
        java.util.List<File> chosen = chooser.showOpenMultipleDialog(pickButton.getScene().getWindow());
        if (chosen != null) {
            model.offerAll(chosen.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onRetry() {
        model.retry();
    }

    @FXML
    private void onRemove() {
        model.remove();
    }

    private void showThumbnail(LocalFile file) {
        if (file == null || !file.mimeType().startsWith("image/")) {
            thumbnail.setImage(null);
            return;
        }
        // Decoded in the background at thumbnail size, never at full size.
        thumbnail.setImage(new Image(file.path().toUri().toString(), 96, 96, true, true, true));
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void bindLabel(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
