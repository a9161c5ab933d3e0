package com.beepercomposer.ui;

import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.Markdown;
import com.beepercomposer.compose.MarkdownHighlighter;
import com.beepercomposer.compose.PngEncoder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.TransferMode;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The composer: chat field, reply selector, Markdown editor with preview, Send. Handlers delegate. */
public final class ComposerView {
    static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FOCUS_CHAT = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final javafx.util.Duration PREVIEW_DELAY = javafx.util.Duration.millis(120);

    private final ComposerViewModel model;

    @FXML
    private VBox root;
    @FXML
    private TextField chatField;
    @FXML
    private Label chatInfo;
    @FXML
    private Label chatError;
    @FXML
    private StackPane replyButtonHolder;
    @FXML
    private Button replyButton;
    @FXML
    private Label replyRefusal;
    @FXML
    private Label replyError;
    @FXML
    private HBox replyStrip;
    @FXML
    private Label replyStripText;
    @FXML
    private Button clearReplyButton;
    @FXML
    private SplitPane editorSplit;
    @FXML
    private StackPane editorHolder;
    @FXML
    private ScrollPane previewPane;
    @FXML
    private VBox preview;
    @FXML
    private Label counterLabel;
    @FXML
    private Label textError;
    @FXML
    private ToggleButton previewToggle;
    @FXML
    private Label sendReason;
    @FXML
    private Button sendButton;
    @FXML
    private Label sendStatus;
    @FXML
    private AttachmentView attachmentController;

    private final CodeArea editor = new CodeArea();
    private final PauseTransition previewDelay = new PauseTransition(PREVIEW_DELAY);
    private ChatPickerPopup chatPopup;
    private ReplyPickerPopup replyPopup;
    private CompletableFuture<?> previewWork = CompletableFuture.completedFuture(null);
    private PreviewBlocks previewBlocks;

    private final UiSettings settings;

    public ComposerView(ComposerViewModel model, UiSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        setUpChatField();
        setUpReply();
        setUpEditor();
        setUpFooter();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
        setUpDropAndPaste();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                    if (FOCUS_CHAT.match(event)) {
                        event.consume();
                        focusChat();
                    }
                });
            }
        });
    }

    /** Ctrl+K from anywhere in the window. */
    public void focusChat() {
        chatField.requestFocus();
        chatField.selectAll();
    }

    private void setUpChatField() {
        ChatPickerViewModel picker = model.chatPicker();
        chatPopup = new ChatPickerPopup(chatField, picker);
        chatError.textProperty().bind(picker.errorProperty());
        showOnlyWhenSet(chatError);
        picker.chosenProperty().addListener((obs, old, chat) -> showChosenChat(chat));
        chatInfo.setText("");
    }

    private void showChosenChat(ChatSummary chat) {
        if (chat == null) {
            chatInfo.setText("");
            return;
        }
        chatPopup.setTextQuietly(chat.title());
        String kind = chat.group() ? "group" : "direct";
        StringBuilder info = new StringBuilder((chat.network() == null ? "" : chat.network() + " · ") + kind);
        if (chat.readOnly()) {
            info.append(" · read-only");
        }
        chatInfo.setText(info.toString());
        editor.requestFocus();
    }

    private void setUpReply() {
        replyPopup = new ReplyPickerPopup(replyButton, model.replyPicker(), model);
        replyButton.setGraphic(new FontIcon(Feather.CORNER_UP_LEFT));
        replyButton.disableProperty().bind(model.replyRefusalProperty().isNotEmpty());
        replyRefusal.textProperty().bind(model.replyRefusalProperty());
        // A disabled button shows no tooltip, so the reason sits on its holder too.
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(model.replyRefusalProperty());
        model.replyRefusalProperty().addListener((obs, old, text) ->
                Tooltip.install(replyButtonHolder, text.isEmpty() ? null : reason));
        replyError.textProperty().bind(model.replyErrorProperty());
        showOnlyWhenSet(replyError);
        replyStripText.textProperty().bind(model.replyStripProperty());
        replyStripText.setGraphic(new FontIcon(Feather.CORNER_DOWN_RIGHT));
        replyStrip.visibleProperty().bind(model.replyStripProperty().isNotEmpty());
        replyStrip.managedProperty().bind(replyStrip.visibleProperty());
        clearReplyButton.setGraphic(new FontIcon(Feather.X));
    }

    private void setUpEditor() {
        previewBlocks = new PreviewBlocks(preview, previewHint());
        editor.setWrapText(true);
        editor.getStyleClass().add("markdown-editor");
        editor.setAccessibleText("Message, in Markdown");
        editor.setId("editor");
        Label placeholder = new Label("Write Markdown: **bold**, _italic_, `code`");
        placeholder.getStyleClass().add("editor-placeholder");
        editor.setPlaceholder(placeholder, javafx.geometry.Pos.TOP_LEFT);
        editorHolder.getChildren().add(new VirtualizedScrollPane<>(editor));
        editor.textProperty().addListener((obs, old, text) -> {
            model.setText(text);
            highlight(text);
            previewDelay.playFromStart();
        });
        previewDelay.setOnFinished(event -> renderPreview(editor.getText()));
        model.draftProperty().addListener((obs, old, draft) -> {
            if (!draft.text().equals(editor.getText())) {
                editor.replaceText(draft.text());
            }
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && model.draftProperty().get().replyTo() != null) {
                event.consume();
                model.clearReply();
            }
        });
        previewToggle.setSelected(settings.preferencesProperty().get().previewShown());
        showPreview(previewToggle.isSelected());
        previewToggle.selectedProperty().addListener((obs, old, shown) -> {
            showPreview(shown);
            settings.setPreviewShown(shown);
        });
        previewToggle.setGraphic(new FontIcon(Feather.EYE));
    }

    private void showPreview(boolean shown) {
        if (shown && !editorSplit.getItems().contains(previewPane)) {
            editorSplit.getItems().add(previewPane);
            editorSplit.setDividerPositions(0.55);
            renderPreview(editor.getText());
        } else if (!shown) {
            editorSplit.getItems().remove(previewPane);
        }
    }

    private void highlight(String text) {
        List<MarkdownHighlighter.Span> spans = MarkdownHighlighter.spans(text);
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (MarkdownHighlighter.Span span : spans) {
            builder.add(Collections.emptyList(), span.start() - at);
            builder.add(Collections.singleton(span.styleClass()), span.end() - span.start());
            at = span.end();
        }
        builder.add(Collections.emptyList(), text.length() - at);
        StyleSpans<Collection<String>> styles = builder.create();
        editor.setStyleSpans(0, styles);
    }

    /** Parses and lays out off the FX thread; only swapping the nodes happens on it. */
    private void renderPreview(String text) {
        if (!previewToggle.isSelected()) {
            return;
        }
        previewWork.cancel(false);
        CompletableFuture<List<List<MarkdownTextFlow.Run>>> work =
                CompletableFuture.supplyAsync(() -> MarkdownTextFlow.blocks(Markdown.parse(text)));
        previewWork = work;
        work.thenAcceptAsync(blocks -> {
            if (previewWork == work) {
                previewBlocks.show(blocks);
            }
        }, UiExecutor.fx());
    }

    private static Label previewHint() {
        Label hint = new Label("The recipient's view of your message shows here.");
        hint.getStyleClass().add("preview-hint");
        return hint;
    }

    private void setUpFooter() {
        counterLabel.textProperty().bind(model.counterProperty());
        model.overLimitProperty().addListener((obs, old, over) -> toggleStyle(counterLabel, "over-limit", over));
        textError.textProperty().bind(model.textErrorProperty());
        showOnlyWhenSet(textError);
        sendButton.disableProperty().bind(model.canSendProperty().not());
        sendButton.setGraphic(new FontIcon(Feather.SEND));
        sendReason.textProperty().bind(model.sendBlockedReasonProperty());
        sendStatus.textProperty().bind(model.statusProperty());
        showOnlyWhenSet(sendStatus);
        model.statusIsErrorProperty().addListener((obs, old, error) -> toggleStyle(sendStatus, "error", error));
    }

    private void onShortcut(KeyEvent event) {
        if (SEND.match(event)) {
            event.consume();
            model.send();
        } else if (PASTE.match(event) && pasteAttachment()) {
            event.consume();
        }
    }

    /** Files dropped anywhere on the composer are attached. */
    private void setUpDropAndPaste() {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        root.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            boolean taken = !files.isEmpty();
            if (taken) {
                Path dropped = files.get(0).toPath();
                // Replacing asks in a dialog: not while the drag-and-drop gesture is still running.
                UiExecutor.later(() -> attachmentController.offer(dropped));
            }
            event.setDropCompleted(taken);
            event.consume();
        });
    }

    /**
     * Ctrl+V with a copied file attaches it as is; with an image and no text, the image
     * becomes a PNG file. Plain text pastes into the editor as usual.
     */
    private boolean pasteAttachment() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            attachmentController.offer(clipboard.getFiles().get(0).toPath());
            return true;
        }
        if (clipboard.hasImage() && !clipboard.hasString()) {
            Image image = clipboard.getImage();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            CompletableFuture<Path> written = CompletableFuture.supplyAsync(() -> writePastedImage(width, height, pixels));
            UiExecutor.fx().deliver(written, attachmentController::offer,
                    error -> model.attachment().refuse("Could not save the pasted image: "
                            + Failures.describe(error)));
            return true;
        }
        return false;
    }

    private static Path writePastedImage(int width, int height, int[] pixels) {
        try {
            // A readable name, as it will show in the chat: pasted-image-20261125-131912.png
            String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .format(java.time.LocalDateTime.now());
            Path folder = Files.createTempDirectory("pasted");
            Path file = folder.resolve("pasted-image-" + stamp + ".png");
            // deleteOnExit works in reverse order of registration: the file goes first, then its folder
            folder.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            Files.write(file, PngEncoder.encode(width, height, pixels));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FXML
    private void onRequestPreview() {
        TextArea body = new TextArea(model.requestPreview());
        body.setEditable(false);
        body.setWrapText(false);
        body.getStyleClass().add("request-preview");
        body.setPrefSize(560, 360);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Request preview");
        dialog.setHeaderText("The exact body the send will post");
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getStylesheets().add(ComposerView.class.getResource("app.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(root.getScene().getWindow());
        dialog.show();
    }

    @FXML
    private void onSend() {
        model.send();
    }

    @FXML
    private void onChooseReply() {
        replyPopup.show();
    }

    @FXML
    private void onClearReply() {
        model.clearReply();
        editor.requestFocus();
    }

    private static void showOnlyWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void toggleStyle(javafx.scene.Node node, String style, boolean on) {
        node.getStyleClass().remove(style);
        if (on) {
            node.getStyleClass().add(style);
        }
    }
}
