package com.beepercomposer.api;

/** The body of {@code POST /v1/chats/{chatID}/messages}: text, an attachment, or both. */
public record SendMessage(String text, String replyToMessageID, OutgoingAttachment attachment) {
    public SendMessage {
        if ((text == null || text.isEmpty()) && attachment == null) {
            throw new IllegalArgumentException("A message needs text or an attachment");
        }
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (replyToMessageID != null && replyToMessageID.isBlank()) {
            replyToMessageID = null;
        }
    }

    public static SendMessage text(String text) {
        return new SendMessage(text, null, null);
    }
}
