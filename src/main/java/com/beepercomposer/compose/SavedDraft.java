package com.beepercomposer.compose;

/** What survives a crash or restart of the composer: the chat, the text and the reply. */
public record SavedDraft(String chatID, String text, ReplyTarget replyTo) {
    public static final SavedDraft NONE = new SavedDraft(null, "", null);

    public static SavedDraft of(Draft draft) {
        return new SavedDraft(draft.chat() == null ? null : draft.chat().id(), draft.text(), draft.replyTo());
    }

    public boolean isEmpty() {
        return chatID == null && (text == null || text.isEmpty()) && replyTo == null;
    }
}
