package com.beepercomposer.api;

/**
 * The body of {@code POST /v1/focus}: which chat and message to open in Beeper Desktop and the
 * draft to prefill there. Null fields are left out.
 */
public record FocusRequest(String chatID, String messageID, String draftText, String draftAttachmentPath) {

    public static FocusRequest chat(String chatID) {
        return new FocusRequest(chatID, null, null, null);
    }

    public FocusRequest withDraft(String text, String attachmentPath) {
        return new FocusRequest(chatID, messageID, text, attachmentPath);
    }
}
