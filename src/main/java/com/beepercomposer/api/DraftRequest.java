package com.beepercomposer.api;

import java.util.Map;

/**
 * A draft to set with {@code PATCH /v1/chats/{chatID}}. The server takes a non-empty draft
 * only while the chat's current draft is empty, so callers clear first.
 */
public record DraftRequest(String text, Map<String, Attachment> attachments) {
    public DraftRequest {
        if (text == null) {
            throw new IllegalArgumentException("A draft needs text (it may be empty)");
        }
        attachments = attachments == null ? null : Map.copyOf(attachments);
    }

    public static DraftRequest text(String text) {
        return new DraftRequest(text, null);
    }

    public record Attachment(String uploadID, String id, String fileName, String mimeType, Double duration,
                             Dimensions size, AttachmentType type) {
    }
}
