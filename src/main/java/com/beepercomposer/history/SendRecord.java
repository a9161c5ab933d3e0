package com.beepercomposer.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the history: what was sent, where, and what became of it. Immutable; each step
 * of the send writes a new version with the same {@code id}. The attachment's overrides (type,
 * MIME type, size, duration) are not separate fields: {@code requestJson} carries them exactly
 * as they went out.
 *
 * @param requestJson      the body of the send, byte for byte as it left
 * @param routedChatID     the chat the server routed the send to; pending IDs resolve against it
 * @param reason           the server's (or the network's) reason when the send did not succeed
 * @param responseJson     the send's answer, {@code {chatID, pendingMessageID}}
 * @param finalMessageJson the message the pending ID resolved to, as the server described it
 * @param retryOf          the ID of the row this send retries, or null for a first send
 * @param connection       the server the send went to; retries, lookups and curl copies use it
 * @param origin           whether the window or the command line made the send
 * @param edits            the edits made to the final message since, oldest first
 * @param unsentAt         when the final message was deleted in the chat ({@link SendState#UNSENT}), else null
 * @param group            the group the row was sent in (several files, or a "Send as…" matrix), else null
 */
public record SendRecord(long id, Instant createdAt, String chatID, String chatTitle, String text,
                         String replyToMessageID, String attachmentName, String uploadID, String requestJson,
                         SendState state, String pendingMessageID, String routedChatID, String finalMessageID,
                         String reason, Instant pendingAt, Instant finalAt, String responseJson,
                         String finalMessageJson, Long retryOf, ConnectionRef connection, SendOrigin origin,
                         List<SendEdit> edits, Instant unsentAt, SendGroup group) {

    public SendRecord {
        connection = connection == null ? ConnectionRef.UNKNOWN : connection;
        origin = origin == null ? SendOrigin.APP : origin;
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    /** A row of the app, never edited nor unsent, as rows were before those were recorded. */
    public SendRecord(long id, Instant createdAt, String chatID, String chatTitle, String text,
                      String replyToMessageID, String attachmentName, String uploadID, String requestJson,
                      SendState state, String pendingMessageID, String routedChatID, String finalMessageID,
                      String reason, Instant pendingAt, Instant finalAt, String responseJson,
                      String finalMessageJson, Long retryOf, ConnectionRef connection) {
        this(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID, requestJson, state,
                pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt, responseJson,
                finalMessageJson, retryOf, connection, SendOrigin.APP, List.of(), null, null);
    }

    /** A row about to be sent; the log gives it its ID. */
    public static SendRecord sending(Instant now, String chatID, String chatTitle, String text,
                                     String replyToMessageID, String attachmentName, String uploadID,
                                     String requestJson) {
        return new SendRecord(0, now, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, SendState.SENDING, null, null, null, null, null, null, null, null, null, ConnectionRef.UNKNOWN);
    }

    public SendRecord withId(long newId) {
        return new SendRecord(newId, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, state, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt,
                responseJson, finalMessageJson, retryOf, connection, origin, edits, unsentAt, group);
    }

    public SendRecord pending(String newPendingID, String newRoutedChatID, Instant at) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, SendState.PENDING, newPendingID, newRoutedChatID, finalMessageID, null, at, finalAt,
                responseJson, finalMessageJson, retryOf, connection, origin, edits, unsentAt, group);
    }

    public SendRecord settled(SendState newState, String newFinalID, String newReason, Instant at) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, newState, pendingMessageID, routedChatID, newFinalID, newReason, pendingAt, at,
                responseJson, finalMessageJson, retryOf, connection, origin, edits, unsentAt, group);
    }

    public SendRecord withResponseJson(String json) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, state, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt,
                json, finalMessageJson, retryOf, connection, origin, edits, unsentAt, group);
    }

    public SendRecord withFinalMessageJson(String json) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, state, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt,
                responseJson, json, retryOf, connection, origin, edits, unsentAt, group);
    }

    public SendRecord withRetryOf(Long originalID) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, state, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt,
                responseJson, finalMessageJson, originalID, connection, origin, edits, unsentAt, group);
    }

    public SendRecord withConnection(ConnectionRef sentThrough) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, state, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt,
                responseJson, finalMessageJson, retryOf, sentThrough, origin, edits, unsentAt, group);
    }

    public SendRecord withOrigin(SendOrigin madeBy) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, state, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt,
                responseJson, finalMessageJson, retryOf, connection, madeBy, edits, unsentAt, group);
    }

    public SendRecord withGroup(SendGroup sentIn) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, state, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt,
                responseJson, finalMessageJson, retryOf, connection, origin, edits, unsentAt, sentIn);
    }

    /** Whether sending the same request again makes sense: it failed, was refused, or its fate is unknown. */
    public boolean canRetry() {
        return state == SendState.FAILED_RETRIABLE || state == SendState.FAILED_PERMANENT
                || state == SendState.REJECTED || state == SendState.UNKNOWN;
    }

    /** The row with one more edit of its final message, succeeded or refused. */
    public SendRecord withEdit(SendEdit edit) {
        List<SendEdit> more = new ArrayList<>(edits);
        more.add(edit);
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, state, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt, finalAt,
                responseJson, finalMessageJson, retryOf, connection, origin, more, unsentAt, group);
    }

    /** The row once its final message was deleted in the chat: kept, marked unsent. */
    public SendRecord unsent(Instant at) {
        return new SendRecord(id, createdAt, chatID, chatTitle, text, replyToMessageID, attachmentName, uploadID,
                requestJson, SendState.UNSENT, pendingMessageID, routedChatID, finalMessageID, reason, pendingAt,
                finalAt, responseJson, finalMessageJson, retryOf, connection, origin, edits, at, group);
    }

    /** The text the recipient sees now: the last edit that went through, else what was sent. */
    public String currentText() {
        for (int i = edits.size() - 1; i >= 0; i--) {
            if (edits.get(i).succeeded()) {
                return edits.get(i).text();
            }
        }
        return text;
    }

    /** The chat the final message lives in: where the server routed the send, else the chat asked for. */
    public String messageChatID() {
        return routedChatID != null ? routedChatID : chatID;
    }
}
