package com.beepercomposer.compose;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Json;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.api.TokenScrubber;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendOrigin;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Sends a draft and keeps the history truthful: the row is written before the request leaves,
 * then marked pending, rejected, or unknown (no answer: it may have arrived).
 */
public final class Sender {
    /** The reason of a send the server took without a pending ID to follow. */
    public static final String ACCEPTED_WITHOUT_PENDING_ID = "Accepted without a pending ID: it may or may not"
            + " go out; check the chat before sending again";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Sender.class);
    private final BeeperClient client;
    private final SendLog log;
    private final Clock clock;
    private final Executor io;
    private final Supplier<ConnectionRef> via;
    private final DeliveryCheck deliveryCheck;
    private final SendOrigin origin;
    private final MessageEditor editor;

    /**
     * @param io  where the history is written: the row must be on disk before the request leaves
     * @param via the connection {@code client} sends through, recorded on every row
     */
    public Sender(BeeperClient client, SendLog log, Clock clock, Executor io, Supplier<ConnectionRef> via) {
        this(client, log, clock, io, via, SendOrigin.APP);
    }

    /** @param origin what makes the sends, recorded on every row (the window or the command line) */
    public Sender(BeeperClient client, SendLog log, Clock clock, Executor io, Supplier<ConnectionRef> via,
                  SendOrigin origin) {
        this.origin = origin;
        this.client = client;
        this.log = log;
        this.clock = clock;
        this.io = io;
        this.via = via;
        this.deliveryCheck = new DeliveryCheck(client, log, clock, io, DeliveryCheck.DEFAULT_MAX_PAGES);
        this.editor = new MessageEditor(client, log, clock, io);
    }

    /** Edits and unsends of what this sender sent, through the same connection and history lane. */
    public MessageEditor editor() {
        return editor;
    }

    /**
     * @param attachmentName the picked file's name, for the history only
     * @return the row once the server answered (pending, or unknown when the answer had no pending
     *         ID); fails with the {@link ApiException} otherwise
     */
    public CompletableFuture<SendRecord> send(Draft draft, String attachmentName) {
        return send(draft, attachmentName, null);
    }

    /**
     * As {@link #send(Draft, String)}, for one message of a group (several files, or one file
     * sent several ways); the row carries the group from its first write.
     */
    public CompletableFuture<SendRecord> send(Draft draft, String attachmentName, SendGroup group) {
        SendMessage request = draft.toRequest();
        ChatSummary chat = draft.chat();
        SendRecord sending = SendRecord.sending(clock.instant(), chat.id(), chat.title(), request.text(),
                request.replyToMessageID(), attachmentName,
                request.attachment() == null ? null : request.attachment().uploadID(), json(request))
                .withConnection(via.get()).withOrigin(origin).withGroup(group);
        return CompletableFuture.supplyAsync(() -> log.add(sending), io)
                .thenCompose(row -> send(chat.id(), request, row));
    }

    /**
     * Sends a past row's request again, unchanged, to the same chat, as a new row linked to the
     * old one, through this sender's connection. Whether it is wise (an unknown send may have
     * arrived, the row may have gone to another server) is for the caller to ask.
     *
     * @return the new row once the server answered; fails with the {@link ApiException} otherwise
     */
    public CompletableFuture<SendRecord> retry(SendRecord old) {
        SendMessage request;
        try {
            request = Json.mapper().readValue(old.requestJson(), SendMessage.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("The stored request of row " + old.id() + " cannot be read", e));
        }
        SendRecord sending = SendRecord.sending(clock.instant(), old.chatID(), old.chatTitle(), request.text(),
                request.replyToMessageID(), old.attachmentName(),
                request.attachment() == null ? null : request.attachment().uploadID(), json(request))
                .withRetryOf(old.id()).withConnection(via.get()).withOrigin(origin).withGroup(old.group());
        return CompletableFuture.supplyAsync(() -> log.add(sending), io)
                .thenCompose(row -> send(old.chatID(), request, row));
    }

    private CompletableFuture<SendRecord> send(String chatID, SendMessage request, SendRecord row) {
        return client.send(chatID, request).handleAsync((result, error) -> {
            if (error == null && (result.pendingMessageID() == null || result.pendingMessageID().isBlank())) {
                // Accepted, but with nothing to follow: it may or may not go out.
                SendRecord unknown = row.settled(SendState.UNKNOWN, null, ACCEPTED_WITHOUT_PENDING_ID,
                        clock.instant()).withResponseJson(answerJson(result));
                record(unknown);
                return unknown;
            }
            if (error == null) {
                SendRecord pending = row.pending(result.pendingMessageID(), result.chatID(), clock.instant())
                        .withResponseJson(answerJson(result));
                record(pending);
                return pending;
            }
            Throwable cause = com.beepercomposer.api.Causes.unwrap(error);
            boolean uncertain = cause instanceof ApiException api && api.outcomeUnknown();
            record(row.settled(uncertain ? SendState.UNKNOWN : SendState.REJECTED, null,
                    TokenScrubber.scrub(cause.getMessage()), clock.instant()));
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }, io);
    }

    /**
     * Writes a step of the send to the history. A disk that fails now must not turn a message
     * the server took into "not sent" (the person would send it again), nor hide the server's
     * own error: the failure is logged and the send's outcome stands.
     */
    private void record(SendRecord step) {
        try {
            log.update(step);
        } catch (RuntimeException e) {
            LOG.error("Could not record row {} as {} in the history", step.id(), step.state(), e);
        }
    }

    /**
     * For a send with no answer ({@link SendState#UNKNOWN}): looks for it in its chat instead of
     * sending blindly again (see {@link DeliveryCheck}).
     */
    public CompletableFuture<SendRecord> checkDelivery(SendRecord row) {
        return deliveryCheck.check(row);
    }

    public static String json(SendMessage request) {
        try {
            return Json.mapper().writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer as the history keeps it; a failure to write it must not turn a delivered send into an error. */
    private static String answerJson(SendResult result) {
        try {
            return Json.mapper().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
