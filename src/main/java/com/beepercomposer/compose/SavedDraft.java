package com.beepercomposer.compose;

/**
 * One chat's draft as it survives a switch, a crash or a restart: the text, the reply and the
 * attachment (with its upload and overrides).
 */
public record SavedDraft(String chatID, String text, ReplyTarget replyTo, SavedAttachment attachment) {
    public static final SavedDraft NONE = new SavedDraft(null, "", null, null);

    public SavedDraft {
        text = text == null ? "" : text;
    }

    public SavedDraft(String chatID, String text, ReplyTarget replyTo) {
        this(chatID, text, replyTo, null);
    }

    /** The draft without its attachment's local state (which lives in the attachment's view model). */
    public static SavedDraft of(Draft draft) {
        return new SavedDraft(draft.chat() == null ? null : draft.chat().id(), draft.text(), draft.replyTo(), null);
    }

    public SavedDraft withAttachment(SavedAttachment newAttachment) {
        return new SavedDraft(chatID, text, replyTo, newAttachment);
    }

    /** Nothing in it worth keeping: no text, no reply, no attachment (the chat alone is not a draft). */
    public boolean hasNoContent() {
        return text.isEmpty() && replyTo == null && attachment == null;
    }

    public boolean isEmpty() {
        return chatID == null && hasNoContent();
    }
}
