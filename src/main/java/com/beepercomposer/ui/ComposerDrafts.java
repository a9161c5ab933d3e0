package com.beepercomposer.ui;

import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.ReplyTarget;
import com.beepercomposer.compose.SavedDraft;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.history.SendRecord;
import javafx.beans.property.ObjectProperty;

/**
 * The composer's per-chat drafts: choosing another chat keeps the draft left and brings back the
 * one opened; saved drafts and past sends come back with their chat once it is looked up again.
 */
final class ComposerDrafts {
    private final ObjectProperty<Draft> draft;
    private final ChatPickerViewModel chatPicker;
    private final ReplyPickerViewModel replyPicker;
    private final AttachmentViewModel attachment;
    private final ComposerStatus status;
    private final ChatDrafts drafts;
    /** The chat being looked up again whose draft is already in the composer, or null. */
    private String restoringChatID;

    ComposerDrafts(ObjectProperty<Draft> draft, ChatPickerViewModel chatPicker, ReplyPickerViewModel replyPicker,
                   AttachmentViewModel attachment, ComposerStatus status) {
        this.draft = draft;
        this.chatPicker = chatPicker;
        this.replyPicker = replyPicker;
        this.attachment = attachment;
        this.status = status;
        drafts = new ChatDrafts(chatPicker.chatsWithDrafts());
        draft.addListener((obs, old, now) -> drafts.updateMarks(ChatDrafts.key(now.chat()),
                !SavedDraft.of(now).hasNoContent() || attachment.hasAttachment()));
        chatPicker.chosenProperty().addListener((obs, old, chat) -> chatChosen(chat));
    }

    /** Every chat's draft, with {@code kept} as the open chat's: what is written to disk. */
    SavedDrafts snapshot(Draft kept) {
        return drafts.snapshot(ChatDrafts.key(kept.chat()), SavedDraft.of(kept).withAttachment(attachment.snapshot()));
    }

    /**
     * Puts saved drafts back: the open chat's text, reply and attachment at once, the chat once it
     * has been looked up again; the other chats' drafts wait until they are opened.
     */
    void restore(SavedDrafts all) {
        SavedDraft saved = drafts.load(all);
        attachment.restore(saved.attachment(), null);
        draft.set(new Draft(null, saved.text(), saved.replyTo(), attachment.attachmentProperty().get(),
                attachment.holdProperty().get()));
        if (saved.chatID() != null) {
            reopen(saved.chatID());
        }
    }

    /**
     * A past send back in the composer: its text and reply-to at once, its chat once looked up
     * again (kept as a restore, so choosing the chat does not drop the reply).
     */
    void loadFromHistory(SendRecord row) {
        ChatSummary open = draft.get().chat();
        if (open != null && !row.chatID().equals(open.id()) && !row.chatID().equals(open.localChatID())) {
            // Another chat's draft: kept for that chat, attachment and all, before the row replaces it.
            drafts.put(ChatDrafts.key(open), openDraft());
            attachment.restore(null, open);
        }
        draft.set(draft.get().withText(row.text() == null ? "" : row.text())
                .withReplyTo(row.replyToMessageID() == null ? null : ReplyTarget.pasted(row.replyToMessageID())));
        reopen(row.chatID());
    }

    /** Looks the chat up again; when it comes back, the draft in the composer is taken as its own. */
    void reopen(String chatID) {
        restoringChatID = chatID;
        chatPicker.submit(chatID);
    }

    /** A send went out while another chat was open: that chat's kept draft loses what was sent. */
    void sentFromElsewhere(Draft sent) {
        drafts.sent(ChatDrafts.key(sent.chat()), sent.text(),
                sent.replyTo() == null ? null : sent.replyTo().messageID());
    }

    private SavedDraft openDraft() {
        return SavedDraft.of(draft.get()).withAttachment(attachment.snapshot());
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
        status.set("", false);
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
        status.clearFieldErrors();
    }
}
