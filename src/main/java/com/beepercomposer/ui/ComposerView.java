package com.beepercomposer.ui;

import static com.beepercomposer.ui.ViewParts.named;

import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.i18n.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The composer: chat field, reply selector, Markdown editor with preview, Send. It wires its
 * parts ({@link MarkdownEditorPane}, {@link ReplyControls}, {@link AttachmentDropTarget}) to the
 * nodes it builds and routes the shortcuts; every decision is the view model's.
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

    private VBox root;
    private ComposerFields fields;
    private ComposerEditorParts middle;
    private ComposerFooter footer;

    private ChatPickerPopup chatPopup;
    private ReplyControls reply;
    private MarkdownEditorPane editor;
    private AttachmentDropTarget drops;

    public ComposerView(ComposerViewModel model, BeeperDraftViewModel beeper, UiSettings settings) {
        this.model = model;
        this.beeper = beeper;
        this.settings = settings;
    }

    /** Builds the composer around {@code attachment} (the attachment view's root) and wires it. */
    public VBox root(Node attachment) {
        fields = new ComposerFields();
        middle = new ComposerEditorParts();
        footer = new ComposerFooter();
        root = named(new VBox(8, fields.grid, attachment, middle.replyStrip, middle.editBanner, middle.editorSplit,
                footer.sendRow, footer.sendStatus, footer.beeperBar), "root", "composer");
        fields.replyButton.setOnAction(e -> onChooseReply());
        middle.clearReplyButton.setOnAction(e -> onClearReply());
        middle.cancelEditButton.setOnAction(e -> onCancelEdit());
        footer.requestPreviewButton.setOnAction(e -> onRequestPreview());
        footer.sendButton.setOnAction(e -> onSend());
        footer.saveToBeeperButton.setOnAction(e -> onSaveToBeeper());
        footer.loadFromBeeperButton.setOnAction(e -> onLoadFromBeeper());
        footer.openInBeeperButton.setOnAction(e -> onOpenInBeeper());
        initialize();
        return root;
    }

    private void initialize() {
        editor = new MarkdownEditorPane(model, settings, middle.editorSplit, middle.editorHolder, middle.previewPane,
                middle.preview, footer.previewToggle);
        setUpChatField();
        reply = new ReplyControls(model, fields.replyButtonHolder, fields.replyButton, fields.replyRefusal,
                fields.replyError, middle.replyStrip, middle.replyStripText, middle.clearReplyButton);
        setUpFooter();
        setUpBeeperBar();
        setUpEditMode();
        drops = new AttachmentDropTarget(root, model.attachment());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
    }

    /** Ctrl+K from anywhere in the window: the window's root hands the key here. */
    public void focusChat() {
        fields.chatField.requestFocus();
        fields.chatField.selectAll();
    }

    private void setUpChatField() {
        ChatPickerViewModel picker = model.chatPicker();
        chatPopup = new ChatPickerPopup(fields.chatField, picker);
        fields.chatError.textProperty().bind(picker.errorProperty());
        ErrorDetails.attach(fields.chatError, picker.errorDetailsProperty());
        NodeStates.showOnlyWhenSet(fields.chatError);
        picker.chosenProperty().addListener((obs, old, chat) -> showChosenChat(chat));
        fields.chatInfo.setText("");
    }

    private void showChosenChat(ChatSummary chat) {
        if (chat == null) {
            fields.chatInfo.setText("");
            return;
        }
        chatPopup.setTextQuietly(chat.title());
        fields.chatInfo.setText(describe(chat));
        editor.requestFocus();
    }

    /** "WhatsApp · group · read-only". */
    static String describe(ChatSummary chat) {
        String kind = Texts.get(chat.group() ? "chat.info.group" : "chat.info.direct");
        return (chat.network() == null ? "" : chat.network() + " · ") + kind
                + (chat.readOnly() ? " · " + Texts.get("chat.info.readOnly") : "");
    }

    private void setUpFooter() {
        footer.counterLabel.textProperty().bind(model.counterProperty());
        model.overLimitProperty().addListener((obs, old, over) ->
                NodeStates.toggleStyle(footer.counterLabel, "over-limit", over));
        footer.textError.textProperty().bind(model.textErrorProperty());
        NodeStates.showOnlyWhenSet(footer.textError);
        footer.sendButton.disableProperty().bind(model.canSendProperty().not());
        footer.sendButton.setGraphic(new FontIcon(Feather.SEND));
        footer.sendReason.textProperty().bind(model.sendBlockedReasonProperty());
        footer.sendStatus.textProperty().bind(model.statusProperty());
        ErrorDetails.attach(footer.sendStatus, model.statusDetailsProperty());
        NodeStates.showOnlyWhenSet(footer.sendStatus);
        model.statusIsErrorProperty().addListener((obs, old, error) ->
                NodeStates.toggleStyle(footer.sendStatus, "error", error));
    }

    private void setUpBeeperBar() {
        for (Button button : new Button[] {footer.saveToBeeperButton, footer.loadFromBeeperButton,
                footer.openInBeeperButton}) {
            button.disableProperty().bind(beeper.busyProperty());
        }
        footer.saveToBeeperButton.setGraphic(new FontIcon(Feather.UPLOAD_CLOUD));
        footer.loadFromBeeperButton.setGraphic(new FontIcon(Feather.DOWNLOAD_CLOUD));
        footer.openInBeeperButton.setGraphic(new FontIcon(Feather.EXTERNAL_LINK));
        footer.beeperStatus.textProperty().bind(beeper.statusProperty());
        beeper.statusIsErrorProperty().addListener((obs, old, error) ->
                NodeStates.toggleStyle(footer.beeperStatus, "error", error));
    }

    /** Edit mode is unmistakable: a banner naming the message and chat, and Send saying "Save edit". */
    private void setUpEditMode() {
        middle.editBannerText.textProperty().bind(model.editBannerProperty());
        middle.editBanner.visibleProperty().bind(model.editingProperty());
        middle.editBanner.managedProperty().bind(model.editingProperty());
        footer.sendButton.textProperty().bind(model.sendLabelProperty());
        model.editingProperty().addListener((obs, was, editing) -> {
            NodeStates.toggleStyle(root, "editing", editing);
            if (editing) {
                editor.requestFocus();
            }
        });
    }

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

    private void onRequestPreview() {
        RequestPreviewDialog.show(root.getScene().getWindow(), model.requestPreview());
    }

    private void onSaveToBeeper() {
        beeper.saveToBeeper();
    }

    private void onLoadFromBeeper() {
        beeper.loadFromBeeper();
    }

    private void onOpenInBeeper() {
        beeper.openInBeeper();
    }

    private void onSend() {
        model.send();
    }

    private void onChooseReply() {
        reply.showPicker();
    }

    private void onClearReply() {
        model.clearReply();
        editor.requestFocus();
    }
}
