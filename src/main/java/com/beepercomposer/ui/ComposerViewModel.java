package com.beepercomposer.ui;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDraft;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.compose.ReplyTarget;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.compose.SendReadiness;
import com.beepercomposer.compose.TextLength;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The composer's state and commands. The draft is one immutable value; everything the view
 * shows about it (counter, Send's state and reason, the reply strip) is derived from it. Each
 * chat has its own draft: choosing another chat keeps the one left and brings back the one opened.
 */
public final class ComposerViewModel implements ComposerBridge {
    private final ChatPickerViewModel chatPicker;
    private final ReplyPickerViewModel replyPicker;
    private final AttachmentViewModel attachment;
    private final Sender sender;
    private final BeeperClient client;
    private final UiExecutor ui;

    private final ObjectProperty<Draft> draft = new SimpleObjectProperty<>(Draft.EMPTY);
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    /** Why sending is paused from outside the draft (a refused token), or empty. */
    private final javafx.beans.property.StringProperty sendPause = new javafx.beans.property.SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper replyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attachmentError = new ReadOnlyStringWrapper("");

    private final ObjectBinding<SendReadiness> readiness;
    private final BooleanBinding canSend;
    private final StringBinding sendBlockedReason;
    private final StringBinding counter;
    private final BooleanBinding overLimit;
    private final StringBinding replyStrip;
    private final StringBinding replyRefusal;
    private final ChatDrafts drafts;
    private final ComposerEditMode editMode = new ComposerEditMode();
    private final StringBinding sendLabel;
    private String restoringChatID;
    private Runnable flushDraft = () -> { };
    private Runnable stopAutosave = () -> { };

    public ComposerViewModel(ChatPickerViewModel chatPicker, ReplyPickerViewModel replyPicker,
                             AttachmentViewModel attachment, Sender sender, BeeperClient client, UiExecutor ui) {
        this.chatPicker = chatPicker;
        this.replyPicker = replyPicker;
        this.attachment = attachment;
        this.sender = sender;
        this.client = client;
        this.ui = ui;
        readiness = Bindings.createObjectBinding(() -> draft.get().readiness(), draft);
        canSend = Bindings.createBooleanBinding(() -> editMode.isActive() ? editMode.blockedReason(text()) == null
                : readiness.get().sendable() && !sending.get() && sendPause.get().isEmpty(), draft, readiness, sending,
                sendPause, editMode.editingProperty(), editMode.savingProperty());
        sendBlockedReason = Bindings.createStringBinding(() -> editMode.isActive() ? editMode.reasonText(text())
                : sending.get() ? "Sending…" : !sendPause.get().isEmpty() ? sendPause.get()
                : readiness.get().sendable() ? "" : readiness.get().reason(),
                draft, readiness, sending, sendPause, editMode.editingProperty(), editMode.savingProperty());
        sendLabel = editMode.sendLabel();
        counter = Bindings.createStringBinding(this::counterText, draft);
        overLimit = Bindings.createBooleanBinding(this::isOverLimit, draft);
        replyStrip = Bindings.createStringBinding(
                () -> draft.get().replyTo() == null ? "" : draft.get().replyTo().describe(), draft);
        replyRefusal = Bindings.createStringBinding(() -> {
            ChatSummary chat = draft.get().chat();
            return chat == null ? "Choose a chat first" : chat.replyRefusal() == null ? "" : chat.replyRefusal();
        }, draft);
        drafts = new ChatDrafts(chatPicker.chatsWithDrafts());
        draft.addListener((obs, old, now) -> drafts.updateMarks(ChatDrafts.key(now.chat()),
                !SavedDraft.of(now).hasNoContent() || attachment.hasAttachment()));
        chatPicker.chosenProperty().addListener((obs, old, chat) -> chatChosen(chat));
        attachment.attachmentProperty().addListener((obs, old, now) -> attachmentChanged());
        attachment.holdProperty().addListener((obs, old, now) -> attachmentChanged());
    }

    private void attachmentChanged() {
        draft.set(draft.get().withAttachment(attachment.attachmentProperty().get(), attachment.holdProperty().get()));
        attachmentError.set("");
    }

    /** Bound by the window to the connection bar's pause (a refused token); the draft is untouched. */
    public javafx.beans.property.StringProperty sendPauseProperty() {
        return sendPause;
    }

    // commands

    /**
     * Saves every chat's draft shortly after every change, on {@code io}, so a crash loses nothing
     * typed. The snapshot is taken here on the FX thread; only the writing happens on {@code io}.
     */
    public void autosaveTo(DraftStore store, Executor io) {
        Debouncer later = new Debouncer(Duration.ofMillis(500), ui);
        Runnable save = () -> {
            SavedDrafts snapshot = savedDrafts();
            try {
                io.execute(() -> store.save(snapshot));
            } catch (java.util.concurrent.RejectedExecutionException exiting) {
                // the disk thread has stopped: the exit's own flush already saved the draft
            }
        };
        javafx.beans.value.ChangeListener<Draft> onChange = (obs, old, now) -> later.submit(save);
        draft.addListener(onChange);
        flushDraft = () -> {
            later.cancel();
            save.run();
        };
        stopAutosave = () -> {
            draft.removeListener(onChange);
            later.cancel();
        };
    }

    /**
     * The window is going: the draft is saved now and nothing waits to save it later, so no timer
     * keeps this model alive. The draft itself goes on in the next window.
     */
    public void close() {
        flushDraft.run();
        stopAutosave.run();
        flushDraft = () -> { };
        stopAutosave = () -> { };
    }

    /** Saves the draft now instead of shortly: on exit, so the last keystrokes (or a send's clearing) land. */
    public void flushDraft() {
        flushDraft.run();
    }

    /** Every chat's draft as it stands, the open one included: what is written to disk. */
    public SavedDrafts savedDrafts() {
        // While an edit is open, the draft set aside is what the chat keeps, never the edit's text.
        Draft kept = draftToKeep();
        return drafts.snapshot(ChatDrafts.key(kept.chat()), SavedDraft.of(kept).withAttachment(attachment.snapshot()));
    }

    private SavedDraft openDraft() {
        return SavedDraft.of(draft.get()).withAttachment(attachment.snapshot());
    }

    /**
     * Puts saved drafts back: the open chat's text, reply and attachment at once, the chat once it
     * has been looked up again; the other chats' drafts wait until they are opened.
     */
    public void restore(SavedDrafts all) {
        if (all == null) {
            return;
        }
        SavedDraft saved = drafts.load(all);
        attachment.restore(saved.attachment(), null);
        draft.set(new Draft(null, saved.text(), saved.replyTo(), attachment.attachmentProperty().get(),
                attachment.holdProperty().get()));
        if (saved.chatID() != null) {
            restoringChatID = saved.chatID();
            chatPicker.submit(saved.chatID());
        }
    }

    /**
     * A past send back in the composer: its text and reply-to at once, its chat once looked up
     * again (kept as a restore, so choosing the chat does not drop the reply).
     */
    public void loadFromHistory(SendRecord row) {
        ChatSummary open = draft.get().chat();
        if (open != null && !row.chatID().equals(open.id()) && !row.chatID().equals(open.localChatID())) {
            // Another chat's draft: kept for that chat, attachment and all, before the row replaces it.
            drafts.put(ChatDrafts.key(open), openDraft());
            attachment.restore(null, open);
        }
        draft.set(draft.get().withText(row.text() == null ? "" : row.text())
                .withReplyTo(row.replyToMessageID() == null ? null : ReplyTarget.pasted(row.replyToMessageID())));
        restoringChatID = row.chatID();
        chatPicker.submit(row.chatID());
    }

    public void setText(String text) {
        if (!text.equals(draft.get().text())) {
            draft.set(draft.get().withText(text));
            textError.set("");
        }
    }

    public void chooseReply(ReplyTarget target) {
        draft.set(draft.get().withReplyTo(target));
        replyError.set("");
    }

    /** A message ID pasted into the reply selector instead of picking one. */
    public void replyToPastedId(String messageID) {
        if (messageID == null || messageID.isBlank()) {
            replyError.set("Paste a message ID, or pick a message");
            return;
        }
        chooseReply(ReplyTarget.pasted(messageID));
    }

    public void clearReply() {
        draft.set(draft.get().withReplyTo(null));
        replyError.set("");
    }

    /**
     * Sends in the background. A second call while one is on its way does nothing. On success
     * the text and reply are cleared (the chat stays); on failure, or when the server took it
     * without a pending ID, the draft stays exactly as it was and the status says why.
     */
    public void send() {
        if (editMode.isActive()) {
            editMode.save(text(), ui, row -> {
                putBack(editMode.finish());
                setStatus("Saved the edit of message " + row.finalMessageID() + " in " + row.chatTitle(), false);
            }, failure -> setStatus("The edit was not saved: " + Failures.describe(failure), true));
            return;
        }
        Draft toSend = draft.get();
        if (sending.get() || !toSend.readiness().sendable()) {
            return;
        }
        sending.set(true);
        setStatus("Sending to " + toSend.chat().title() + "…", false);
        String fileName = attachment.fileProperty().get() == null ? null : attachment.fileProperty().get().fileName();
        ui.deliver(sender.send(toSend, fileName), row -> {
            sending.set(false);
            if (row.state() == SendState.UNKNOWN) {
                // Taken, but with nothing to follow: the draft stays until the person has looked.
                setStatus("Accepted by the server without a pending ID: the message may or may not go out. "
                        + "Check the chat (Check delivery, Ctrl+D, on its history row) before sending it again; "
                        + "the draft is kept.", true);
                return;
            }
            if (draft.get() == toSend) {
                attachment.remove();
                draft.set(new Draft(toSend.chat(), "", null, null, null));
            } else {
                drafts.sent(ChatDrafts.key(toSend.chat()), toSend.text(),
                        toSend.replyTo() == null ? null : toSend.replyTo().messageID());
            }
            setStatus("Sent to " + toSend.chat().title() + ": pending ID " + row.pendingMessageID(), false);
        }, failure -> {
            sending.set(false);
            showSendFailure(failure);
        });
    }

    private void showSendFailure(Throwable failure) {
        SendFailureReport report = SendFailureReport.of(failure);
        report.fieldErrors().forEach((field, message) -> {
            switch (field) {
                case SendFailureReport.TEXT -> textError.set(message);
                case SendFailureReport.REPLY -> replyError.set(message);
                default -> attachmentError.set(message);
            }
        });
        setStatus(report.status(), true);
        statusDetails.set(Failures.details(failure));
    }

    /** The request, status and body behind a failed send's status line; empty otherwise. */
    public ReadOnlyStringProperty statusDetailsProperty() {
        return statusDetails.getReadOnlyProperty();
    }

    /** What a send would post now, as the client would put it on the wire, or why there is none. */
    public String requestPreview() {
        return RequestPreviewText.of(draft.get(), client);
    }

    private void chatChosen(ChatSummary chat) {
        Draft current = draft.get();
        // A saved draft may name its chat by local chat ID; the chat comes back with both.
        boolean restoring = chat != null && restoringChatID != null
                && (restoringChatID.equals(chat.id()) || restoringChatID.equals(chat.localChatID()));
        restoringChatID = null;
        boolean sameChat = restoring
                || chat != null && current.chat() != null && chat.id().equals(current.chat().id());
        if (sameChat) {
            if (restoring) {
                // What is being restored is this chat's draft now; a copy kept for it is stale.
                drafts.take(ChatDrafts.key(chat));
            }
            draft.set(current.withChat(chat));
            attachment.chatChanged(chat);
        } else {
            switchDraft(current, chat);
        }
        if (!sameChat || restoring) {
            replyPicker.load(chat == null ? null : chat.id());
        }
        setStatus("", false);
    }

    /** Keeps the draft of the chat left and brings back the one of the chat opened (empty if none). */
    private void switchDraft(Draft leaving, ChatSummary chat) {
        SavedDraft arriving = drafts.take(ChatDrafts.key(chat));
        if (leaving.chat() == null && arriving.hasNoContent()) {
            // Written before any chat was chosen: it becomes this chat's draft.
            draft.set(leaving.withChat(chat).withReplyTo(null));
            attachment.chatChanged(chat);
            return;
        }
        drafts.put(ChatDrafts.key(leaving.chat()), openDraft());
        attachment.restore(arriving.attachment(), chat);
        draft.set(new Draft(chat, arriving.text(), arriving.replyTo(), attachment.attachmentProperty().get(),
                attachment.holdProperty().get()));
        textError.set("");
        replyError.set("");
        attachmentError.set("");
    }

    private void setStatus(String text, boolean error) {
        statusDetails.set("");
        status.set(text);
        statusIsError.set(error);
    }

    private String counterText() {
        Draft current = draft.get();
        int length = TextLength.of(current.text());
        Integer max = current.chat() == null ? null : current.chat().maxTextLength();
        return max == null ? length + " characters" : length + " / " + max;
    }

    private boolean isOverLimit() {
        Draft current = draft.get();
        Integer max = current.chat() == null ? null : current.chat().maxTextLength();
        return max != null && TextLength.of(current.text()) > max;
    }

    // edit mode: Send saves an edit of a sent message instead (see ComposerEditMode)

    /** The row's current text in the composer, in edit mode; the draft is set aside until it ends. */
    @Override
    public void editFromHistory(MessageEdit edit) {
        editMode.start(edit, draft.get());
        draft.set(draft.get().withText(edit.row().currentText() == null ? "" : edit.row().currentText())
                .withReplyTo(null));
        restoringChatID = edit.row().chatID();
        chatPicker.submit(edit.row().chatID());
        setStatus("", false);
    }

    /** Leaves edit mode without saving; the draft set aside comes back. */
    public void cancelEdit() {
        if (editMode.isActive()) {
            putBack(editMode.finish());
        }
    }

    private void putBack(Draft before) {
        if (before == null) {
            return;
        }
        // An empty composer had no chat: it keeps the edited one rather than losing the chat field's choice.
        draft.set(before.chat() == null ? before.withChat(draft.get().chat()) : before);
        if (before.chat() != null) {
            restoringChatID = before.chat().id();
            chatPicker.submit(before.chat().id());
        }
    }

    /** What is kept as the draft: in edit mode, the draft set aside, never the edit's text. */
    public Draft draftToKeep() {
        return editMode.isActive() ? editMode.setAside() : draft.get();
    }

    private String text() {
        return draft.get().text();
    }

    /** Whether Send saves an edit now. */
    public BooleanBinding editingProperty() {
        return editMode.activeProperty();
    }

    /** "Editing message m1 in Alice Martin", empty when not editing. */
    public StringBinding editBannerProperty() {
        return editMode.bannerProperty();
    }

    /** "Send", or "Save edit" in edit mode. */
    public StringBinding sendLabelProperty() {
        return sendLabel;
    }

    // properties

    public ChatPickerViewModel chatPicker() {
        return chatPicker;
    }

    public ReplyPickerViewModel replyPicker() {
        return replyPicker;
    }

    public ReadOnlyObjectProperty<Draft> draftProperty() {
        return draft;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public StringBinding sendBlockedReasonProperty() {
        return sendBlockedReason;
    }

    public StringBinding counterProperty() {
        return counter;
    }

    public BooleanBinding overLimitProperty() {
        return overLimit;
    }

    public StringBinding replyStripProperty() {
        return replyStrip;
    }

    /** Empty when replies are possible; otherwise why not, for the selector's tooltip. */
    public StringBinding replyRefusalProperty() {
        return replyRefusal;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textErrorProperty() {
        return textError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty replyErrorProperty() {
        return replyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attachmentErrorProperty() {
        return attachmentError.getReadOnlyProperty();
    }

    public AttachmentViewModel attachment() {
        return attachment;
    }
}
