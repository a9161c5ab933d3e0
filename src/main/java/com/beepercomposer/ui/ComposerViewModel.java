package com.beepercomposer.ui;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.compose.ReplyTarget;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.compose.SendReadiness;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

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
    private final StringProperty sendPause = new SimpleStringProperty("");
    private final ComposerStatus status = new ComposerStatus();

    private final ObjectBinding<SendReadiness> readiness;
    private final BooleanBinding canSend;
    private final StringBinding sendBlockedReason;
    private final DraftFigures figures = new DraftFigures(draft);
    private final ComposerDrafts drafts;
    private final ComposerEditMode editMode = new ComposerEditMode();
    private final StringBinding sendLabel;
    private final ComposerAutosave autosave;
    private final ComposerEditHooks editHooks;
    private final ComposerQueueSend queueSend;

    public ComposerViewModel(ChatPickerViewModel chatPicker, ReplyPickerViewModel replyPicker,
                             AttachmentViewModel attachment, Sender sender, BeeperClient client, UiExecutor ui) {
        this.chatPicker = chatPicker;
        this.replyPicker = replyPicker;
        this.attachment = attachment;
        this.sender = sender;
        this.client = client;
        this.ui = ui;
        this.autosave = new ComposerAutosave(ui);
        readiness = Bindings.createObjectBinding(() -> draft.get().readiness(), draft);
        canSend = Bindings.createBooleanBinding(() -> editMode.isActive() ? editMode.blockedReason(text()) == null
                : readiness.get().sendable() && !sending.get() && sendPause.get().isEmpty(), draft, readiness, sending,
                sendPause, editMode.editingProperty(), editMode.savingProperty());
        sendBlockedReason = Bindings.createStringBinding(() -> editMode.isActive() ? editMode.reasonText(text())
                : sending.get() ? Texts.get("composer.sending") : !sendPause.get().isEmpty() ? sendPause.get()
                : readiness.get().sendable() ? "" : readiness.get().reason(),
                draft, readiness, sending, sendPause, editMode.editingProperty(), editMode.savingProperty());
        sendLabel = editMode.sendLabel();
        drafts = new ComposerDrafts(draft, chatPicker, replyPicker, attachment, status);
        editHooks = new ComposerEditHooks(editMode, draft, drafts, status, ui);
        queueSend = new ComposerQueueSend(attachment.queue(), sender, ui, draft, status);
        attachment.attachmentProperty().addListener((obs, old, now) -> attachmentChanged());
        attachment.holdProperty().addListener((obs, old, now) -> attachmentChanged());
    }

    private void attachmentChanged() {
        draft.set(draft.get().withAttachment(attachment.attachmentProperty().get(), attachment.holdProperty().get()));
        status.attachmentError("");
    }

    /** Bound by the window to the connection bar's pause (a refused token); the draft is untouched. */
    public StringProperty sendPauseProperty() {
        return sendPause;
    }

    // commands

    /**
     * Saves every chat's draft shortly after every change, on {@code io}, so a crash loses nothing
     * typed. The snapshot is taken here on the FX thread; only the writing happens on {@code io}.
     */
    public void autosaveTo(DraftStore store, Executor io) {
        autosave.start(draft, this::savedDrafts, store, io);
    }

    /**
     * The window is going: the draft is saved now and nothing waits to save it later, so no timer
     * keeps this model alive. The draft itself goes on in the next window.
     */
    public void close() {
        autosave.close();
    }

    /** Saves the draft now instead of shortly: on exit, so the last keystrokes (or a send's clearing) land. */
    public void flushDraft() {
        autosave.flush();
    }

    /** Every chat's draft as it stands, the open one included: what is written to disk. */
    public SavedDrafts savedDrafts() {
        // While an edit is open, the draft set aside is what the chat keeps, never the edit's text.
        return drafts.snapshot(draftToKeep());
    }

    /** Puts saved drafts back; the open chat's draft at once, the others when their chat is opened. */
    public void restore(SavedDrafts all) {
        if (all != null) {
            drafts.restore(all);
        }
    }

    /** A past send's text and reply-to back in the composer, its chat once looked up again. */
    public void loadFromHistory(SendRecord row) {
        drafts.loadFromHistory(row);
    }

    public void setText(String text) {
        if (!text.equals(draft.get().text())) {
            draft.set(draft.get().withText(text));
            status.textError("");
        }
    }

    public void chooseReply(ReplyTarget target) {
        draft.set(draft.get().withReplyTo(target));
        status.replyError("");
    }

    /** A message ID pasted into the reply selector instead of picking one. */
    public void replyToPastedId(String messageID) {
        if (messageID == null || messageID.isBlank()) {
            status.replyError(Texts.get("composer.pasteOrPick"));
            return;
        }
        chooseReply(ReplyTarget.pasted(messageID));
    }

    public void clearReply() {
        draft.set(draft.get().withReplyTo(null));
        status.replyError("");
    }

    /**
     * Sends in the background. A second call while one is on its way does nothing. On success
     * the text and reply are cleared (the chat stays); on failure, or when the server took it
     * without a pending ID, the draft stays exactly as it was and the status says why.
     */
    public void send() {
        if (editMode.isActive()) {
            editHooks.save();
            return;
        }
        Draft toSend = draft.get();
        if (sending.get() || !toSend.readiness().sendable()) {
            return;
        }
        sending.set(true);
        if (attachment.queue().isActive()) {
            queueSend.send(toSend, sent -> sending.set(false));
            return;
        }
        status.set(Texts.get("composer.sendingTo", toSend.chat().title()), false);
        String fileName = attachment.fileProperty().get() == null ? null : attachment.fileProperty().get().fileName();
        ui.deliver(sender.send(toSend, fileName), row -> {
            sending.set(false);
            if (row.state() == SendState.UNKNOWN) {
                // Taken, but with nothing to follow: the draft stays until the person has looked.
                status.set(Texts.get("composer.acceptedWithoutPending"), true);
                return;
            }
            if (draft.get() == toSend) {
                attachment.remove();
                draft.set(new Draft(toSend.chat(), "", null, null, null));
            } else {
                drafts.sentFromElsewhere(toSend);
            }
            status.set(Texts.get("composer.sent", toSend.chat().title(), row.pendingMessageID()), false);
        }, failure -> {
            sending.set(false);
            status.showSendFailure(failure);
        });
    }

    /** The request, status and body behind a failed send's status line; empty otherwise. */
    public ReadOnlyStringProperty statusDetailsProperty() {
        return status.detailsProperty();
    }

    /** What a send would post now, as the client would put it on the wire, or why there is none. */
    public String requestPreview() {
        return RequestPreviewText.of(draft.get(), client);
    }

    // edit mode: Send saves an edit of a sent message instead (see ComposerEditMode)

    /** The row's current text in the composer, in edit mode; the draft is set aside until it ends. */
    @Override
    public void editFromHistory(MessageEdit edit) {
        editHooks.start(edit);
    }

    /** Leaves edit mode without saving; the draft set aside comes back. */
    public void cancelEdit() {
        editHooks.cancel();
    }

    /** What is kept as the draft: in edit mode, the draft set aside, never the edit's text. */
    public Draft draftToKeep() {
        return editHooks.draftToKeep();
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
        return figures.counter;
    }

    public BooleanBinding overLimitProperty() {
        return figures.overLimit;
    }

    public StringBinding replyStripProperty() {
        return figures.replyStrip;
    }

    /** Empty when replies are possible; otherwise why not, for the selector's tooltip. */
    public StringBinding replyRefusalProperty() {
        return figures.replyRefusal;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.statusProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return status.isErrorProperty();
    }

    public ReadOnlyStringProperty textErrorProperty() {
        return status.textErrorProperty();
    }

    public ReadOnlyStringProperty replyErrorProperty() {
        return status.replyErrorProperty();
    }

    public ReadOnlyStringProperty attachmentErrorProperty() {
        return status.attachmentErrorProperty();
    }

    public AttachmentViewModel attachment() {
        return attachment;
    }
}
