package com.beepercomposer.ui;

import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.i18n.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The composer: chat field, reply selector, Markdown editor with preview, Send. It wires its
 * parts ({@link MarkdownEditorPane}, {@link ReplyControls}, {@link AttachmentDropTarget}) to the
 * FXML and routes the shortcuts; every decision is the view model's.
 */
public final class ComposerView {
    static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FOCUS_CHAT = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE_TO_BEEPER = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination LOAD_FROM_BEEPER = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination OPEN_IN_BEEPER = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ComposerViewModel model;
    private final BeeperDraftViewModel beeper;
    private final UiSettings settings;

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
    private Button saveToBeeperButton;
    @FXML
    private Button loadFromBeeperButton;
    @FXML
    private Button openInBeeperButton;
    @FXML
    private Label beeperStatus;
    @FXML
    private HBox editBanner;
    @FXML
    private Label editBannerText;

    private ChatPickerPopup chatPopup;
    private ReplyControls reply;
    private MarkdownEditorPane editor;
    private AttachmentDropTarget drops;

    public ComposerView(ComposerViewModel model, BeeperDraftViewModel beeper, UiSettings settings) {
        this.model = model;
        this.beeper = beeper;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        editor = new MarkdownEditorPane(model, settings, editorSplit, editorHolder, previewPane, preview,
                previewToggle);
        setUpChatField();
        reply = new ReplyControls(model, replyButtonHolder, replyButton, replyRefusal, replyError, replyStrip,
                replyStripText, clearReplyButton);
        setUpFooter();
        setUpBeeperBar();
        setUpEditMode();
        drops = new AttachmentDropTarget(root, model.attachment());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
    }

    /** Ctrl+K from anywhere in the window: the window's root hands the key here. */
    public void focusChat() {
        chatField.requestFocus();
        chatField.selectAll();
    }

    private void setUpChatField() {
        ChatPickerViewModel picker = model.chatPicker();
        chatPopup = new ChatPickerPopup(chatField, picker);
        chatError.textProperty().bind(picker.errorProperty());
        ErrorDetails.attach(chatError, picker.errorDetailsProperty());
        NodeStates.showOnlyWhenSet(chatError);
        picker.chosenProperty().addListener((obs, old, chat) -> showChosenChat(chat));
        chatInfo.setText("");
    }

    private void showChosenChat(ChatSummary chat) {
        if (chat == null) {
            chatInfo.setText("");
            return;
        }
        chatPopup.setTextQuietly(chat.title());
        chatInfo.setText(describe(chat));
        editor.requestFocus();
    }

    /** "WhatsApp · group · read-only". */
    static String describe(ChatSummary chat) {
        String kind = Texts.get(chat.group() ? "chat.info.group" : "chat.info.direct");
        return (chat.network() == null ? "" : chat.network() + " · ") + kind
                + (chat.readOnly() ? " · " + Texts.get("chat.info.readOnly") : "");
    }

    private void setUpFooter() {
        counterLabel.textProperty().bind(model.counterProperty());
        model.overLimitProperty().addListener((obs, old, over) ->
                NodeStates.toggleStyle(counterLabel, "over-limit", over));
        textError.textProperty().bind(model.textErrorProperty());
        NodeStates.showOnlyWhenSet(textError);
        sendButton.disableProperty().bind(model.canSendProperty().not());
        sendButton.setGraphic(new FontIcon(Feather.SEND));
        sendReason.textProperty().bind(model.sendBlockedReasonProperty());
        sendStatus.textProperty().bind(model.statusProperty());
        ErrorDetails.attach(sendStatus, model.statusDetailsProperty());
        NodeStates.showOnlyWhenSet(sendStatus);
        model.statusIsErrorProperty().addListener((obs, old, error) ->
                NodeStates.toggleStyle(sendStatus, "error", error));
    }

    private void setUpBeeperBar() {
        for (Button button : new Button[] {saveToBeeperButton, loadFromBeeperButton, openInBeeperButton}) {
            button.disableProperty().bind(beeper.busyProperty());
        }
        saveToBeeperButton.setGraphic(new FontIcon(Feather.UPLOAD_CLOUD));
        loadFromBeeperButton.setGraphic(new FontIcon(Feather.DOWNLOAD_CLOUD));
        openInBeeperButton.setGraphic(new FontIcon(Feather.EXTERNAL_LINK));
        beeperStatus.textProperty().bind(beeper.statusProperty());
        beeper.statusIsErrorProperty().addListener((obs, old, error) ->
                NodeStates.toggleStyle(beeperStatus, "error", error));
    }

    /** Edit mode is unmistakable: a banner naming the message and chat, and Send saying "Save edit". */
    private void setUpEditMode() {
        editBannerText.textProperty().bind(model.editBannerProperty());
        editBanner.visibleProperty().bind(model.editingProperty());
        editBanner.managedProperty().bind(model.editingProperty());
        sendButton.textProperty().bind(model.sendLabelProperty());
        model.editingProperty().addListener((obs, was, editing) -> {
            NodeStates.toggleStyle(root, "editing", editing);
            if (editing) {
                editor.requestFocus();
            }
        });
    }

    @FXML
    private void onCancelEdit() {
        model.cancelEdit();
    }

    private void onShortcut(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && model.editingProperty().get()
                && model.draftProperty().get().replyTo() == null) {
            event.consume();
            model.cancelEdit();
        } else if (SEND.match(event)) {
            event.consume();
            model.send();
        } else if (SAVE_TO_BEEPER.match(event)) {
            event.consume();
            beeper.saveToBeeper();
        } else if (LOAD_FROM_BEEPER.match(event)) {
            event.consume();
            beeper.loadFromBeeper();
        } else if (OPEN_IN_BEEPER.match(event)) {
            event.consume();
            beeper.openInBeeper();
        } else if (PASTE.match(event) && drops.paste(Clipboard.getSystemClipboard())) {
            event.consume();
        }
    }

    @FXML
    private void onRequestPreview() {
        RequestPreviewDialog.show(root.getScene().getWindow(), model.requestPreview());
    }

    @FXML
    private void onSaveToBeeper() {
        beeper.saveToBeeper();
    }

    @FXML
    private void onLoadFromBeeper() {
        beeper.loadFromBeeper();
    }

    @FXML
    private void onOpenInBeeper() {
        beeper.openInBeeper();
    }

    @FXML
    private void onSend() {
        model.send();
    }

    @FXML
    private void onChooseReply() {
        reply.showPicker();
    }

    @FXML
    private void onClearReply() {
        model.clearReply();
        editor.requestFocus();
    }
}
