package com.beepercomposer.ui;

import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.UploadSummary;
import com.beepercomposer.i18n.Texts;
import java.io.File;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
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
    private Label sendError;
    @FXML
    private Button sendAsButton;
    @FXML
    private javafx.scene.layout.StackPane sendAsHolder;
    /** Why Send as… is off, made the first time it is. */
    private Tooltip blockedReason;
    private final SendAsLauncher sendAs;

    /** @param sendAs opens "Send as…" */
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
        buildWhenNeeded(none);
        setUpSendAs(none);
    }

    private void setUpSendAs(BooleanBinding none) {
        sendAsButton.setGraphic(new FontIcon(Feather.LAYERS));
        showWhen(sendAsHolder, none.not());
        sendAsButton.disableProperty().bind(sendAs.blockedProperty().isNotEmpty());
        HoverTooltips.onFirstHover(sendAsButton, () -> new Tooltip(
                Texts.get("attachment.sendAsButton.tooltip", WindowKeys.SEND_AS.getDisplayText())));
        // A disabled button shows no tooltip: while Send as… is off, its holder says why.
        sendAs.blockedProperty().addListener((obs, old, why) -> showBlockedReason(why));
        showBlockedReason(sendAs.blockedProperty().get());
    }

    private void showBlockedReason(String why) {
        if (why.isEmpty()) {
            if (blockedReason != null) {
                Tooltip.uninstall(sendAsHolder, blockedReason);
            }
            return;
        }
        if (blockedReason == null) {
            blockedReason = new Tooltip();
        }
        blockedReason.setText(why);
        Tooltip.install(sendAsHolder, blockedReason);
    }

    @FXML
    private void onSendAs() {
        sendAs.open(sendAsButton.getScene().getWindow());
    }

    /**
     * The overrides form and the queue are loaded when first needed, so the first frame of a
     * window without an attachment neither builds nor styles them; a draft restored with an
     * attachment has them at once, filled.
     */
    private void buildWhenNeeded(BooleanBinding none) {
        // Listened to on the model's own properties: a binding made here for it could be collected first.
        whenFirst(model.stageProperty(), stage -> stage != AttachmentViewModel.Stage.NONE, () -> {
            TitledPane overrides = AttachmentOverridesView.load(model.overrides());
            showWhen(overrides, none.not());
            attachmentRoot.getChildren().add(attachmentRoot.getChildren().indexOf(sendError), overrides);
        });
        whenFirst(model.queue().activeProperty(), Boolean::booleanValue, () ->
                attachmentRoot.getChildren().add(1, new AttachmentQueueView(model.queue()).node()));
    }

    /** Runs {@code build} once, as soon as {@code value} passes {@code test} (now, if it does). */
    private static <T> void whenFirst(ObservableValue<T> value, Predicate<T> test, Runnable build) {
        if (test.test(value.getValue())) {
            build.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T was, T now) {
                if (test.test(now)) {
                    value.removeListener(this);
                    build.run();
                }
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
