package com.beepercomposer.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A message as the API returns it. Timestamps stay strings so an odd format is never fatal. */
public record Message(String id, String chatID, String accountID, String senderID, String senderName,
                      String sortKey, String timestamp, String text, String type, Boolean isSender,
                      String linkedMessageID, List<MessageAttachment> attachments, SendStatus sendStatus,
                      Boolean isDeleted, String editedTimestamp) {

    public Message {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The timestamp as an instant, or null when the server sent something unreadable. */
    public Instant timestampInstant() {
        if (timestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Whether this message is past the pending stage, judged against the pending ID it was
     * fetched by: the ID swapped to a final one, or the send status settled.
     */
    public boolean isFinalFor(String pendingMessageID) {
        if (id != null && pendingMessageID != null && !id.equals(pendingMessageID)) {
            return true;
        }
        return sendStatus != null && sendStatus.isSettled();
    }
}
