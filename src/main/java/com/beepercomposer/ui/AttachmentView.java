package com.beepercomposer.ui;

import static com.beepercomposer.ui.ViewParts.described;
import static com.beepercomposer.ui.ViewParts.growing;
import static com.beepercomposer.ui.ViewParts.named;
import static com.beepercomposer.ui.ViewParts.row;

import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.UploadSummary;
import com.beepercomposer.i18n.Texts;
import java.io.File;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The attachment row: pick, progress, what the server detected, and the overrides form. */
public final class AttachmentView {
    private final AttachmentViewModel model;
    private final ComposerViewModel composer;

    private VBox attachmentRoot;
    private Button pickButton;
    private ImageView thumbnail;
    private Label fileLabel;
    private ProgressBar progressBar;
    private Label progressLabel;
    private Label detectedLabel;
    private Label problemLabel;
    private Button cancelButton;
    private Button retryButton;
    private Button removeButton;
    private Label sendError;
    private Button sendAsButton;
    private StackPane sendAsHolder;
    /** Why Send as… is off, made the first time it is. */
    private Tooltip blockedReason;
    private final SendAsLauncher sendAs;

    /** @param sendAs opens "Send as…" */
    AttachmentView(ComposerViewModel composer, SendAsLauncher sendAs) {
        this.composer = composer;
        this.model = composer.attachment();
        this.sendAs = sendAs;
    }

    /** Builds the attachment row and wires it; the overrides form and the queue join it when first needed. */
    public VBox root() {
        pickButton = described(named(new Button(Texts.get("attachment.pickButton")), "pickButton"),
                Texts.get("attachment.pickButton.accessibleText"), Texts.get("attachment.pickButton.tooltip"));
        pickButton.setMnemonicParsing(false);
        thumbnail = named(new ImageView(), "thumbnail", "thumbnail");
        thumbnail.setFitWidth(48);
        thumbnail.setFitHeight(48);
        thumbnail.setPreserveRatio(true);
        fileLabel = named(new Label(), "fileLabel", "attachment-file");
        progressBar = described(named(new ProgressBar(), "progressBar"),
                Texts.get("attachment.progressBar.accessibleText"));
        progressBar.setPrefWidth(200);
        progressLabel = named(new Label(), "progressLabel", "hint");
        detectedLabel = named(new Label(), "detectedLabel", "attachment-detected");
        detectedLabel.setWrapText(true);
        problemLabel = named(new Label(), "problemLabel", "field-error");
        problemLabel.setWrapText(true);
        cancelButton = described(named(new Button(Texts.get("attachment.cancelButton")), "cancelButton"),
                Texts.get("attachment.cancelButton.accessibleText"));
        retryButton = described(named(new Button(Texts.get("attachment.retryButton")), "retryButton"),
                Texts.get("attachment.retryButton.accessibleText"));
        removeButton = described(named(new Button(Texts.get("attachment.removeButton")), "removeButton"),
                Texts.get("attachment.removeButton.accessibleText"));
        sendAsButton = described(named(new Button(Texts.get("attachment.sendAsButton")), "sendAsButton"),
                Texts.get("attachment.sendAsButton.accessibleText"));
        sendAsButton.setMnemonicParsing(false);
        sendAsHolder = named(new StackPane(sendAsButton), "sendAsHolder");
        sendError = named(new Label(), "sendError", "field-error");
        pickButton.setOnAction(e -> onPick());
        cancelButton.setOnAction(e -> onCancel());
        retryButton.setOnAction(e -> onRetry());
        removeButton.setOnAction(e -> onRemove());
        sendAsButton.setOnAction(e -> onSendAs());
        VBox fileLines = growing(new VBox(2, fileLabel, row(8, progressBar, progressLabel), detectedLabel,
                problemLabel));
        attachmentRoot = named(new VBox(4, row(8, pickButton, thumbnail, fileLines, cancelButton, retryButton,
                removeButton, sendAsHolder), sendError), "attachmentRoot", "attachment");
        initialize();
        return attachmentRoot;
    }

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

    private void onPick() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("attachment.chooserTitle"));
        java.util.List<File> chosen = chooser.showOpenMultipleDialog(pickButton.getScene().getWindow());
        if (chosen != null) {
            model.offerAll(chosen.stream().map(File::toPath).toList());
        }
    }

    private void onCancel() {
        model.cancel();
    }

    private void onRetry() {
        model.retry();
    }

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
