package com.beepercomposer.history;

import java.time.Instant;

/**
 * One row of the history: what was sent, where, and what became of it. Immutable; each step
 * of the send writes a new version with the same {@code id}.
 *
 * @param routedChatID the chat the server routed the send to; pending IDs resolve against it
 */
public record SendRecord(long id, Instant createdAt, String chatID, String chatTitle, String text,
                         String replyToMessageID, String attachmentName, String uploadID, String requestJson,
                         SendState state, String pendingMessageID, String routedChatID, String finalMessageID,
                         String reason, Instant pendingAt, Instant finalAt) {

    /** A row about to be sent; the log gives it its ID. */
    public static SendRecord sending(Instant now, String chatID, String chatTitle, String text,
                                     String replyToMessageID, String attachmentName, String uploadID,
                                     String requestJson) {
        return new SendRecord(0, now, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, SendState.SENDING, null, null, null, null, null, null);
    }

    public SendRecord withId(long newId) {
        return new SendRecord(newId, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, state, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt);
    }

    public SendRecord pending(String newPendingID, String newRoutedChatID, Instant at) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, SendState.PENDING, newPendingID, newRoutedChatID, finalMessageID, null, at, finalAt);
    }

    public SendRecord settled(SendState newState, String newFinalID, String newReason, Instant at) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, newState, pendingMessageID, routedChatID, newFinalID, newReason, pendingAt, at);
    }
}
