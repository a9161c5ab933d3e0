package com.beepercomposer.compose;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Causes;
import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.api.Json;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.TokenScrubber;
import com.beepercomposer.history.SendEdit;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Changes a message after it was sent: edits its text or deletes it in the chat, and keeps its
 * history row truthful (every edit with the server's answer, refused ones too; an unsent row
 * stays, marked). Whether the person may, and agrees, is for the caller to ask first.
 */
public final class MessageEditor {
    private final BeeperClient client;
    private final SendLog log;
    private final Clock clock;
    private final Executor io;
    private final ChatCapabilityCache capabilities;

    /** @param io where the history is written, in order with the sends */
    public MessageEditor(BeeperClient client, SendLog log, Clock clock, Executor io) {
        this.client = client;
        this.log = log;
        this.clock = clock;
        this.io = io;
        this.capabilities = new ChatCapabilityCache(client);
    }

    public ChatCapabilityCache capabilities() {
        return capabilities;
    }

    /** Why this row's message cannot be edited in itself (no final ID, unsent), or null. */
    public static String editRefusal(SendRecord row) {
        if (row.state() == SendState.UNSENT) {
            return Texts.get("editor.refusal.unsent");
        }
        return row.finalMessageID() == null ? Texts.get("editor.refusal.noFinalId") : null;
    }

    /** Why this row's message cannot be unsent in itself, or null. */
    public static String unsendRefusal(SendRecord row) {
        return editRefusal(row);
    }

    /** Why the chat's capabilities forbid editing, or null when they allow it or say nothing. */
    public static String editRefusal(Optional<ChatCapabilities> caps) {
        return caps.isPresent() && !caps.get().acceptsEdits() ? Texts.get("editor.refusal.noEdits") : null;
    }

    public static String unsendRefusal(Optional<ChatCapabilities> caps) {
        return caps.isPresent() && !caps.get().acceptsDeletes() ? Texts.get("editor.refusal.noDeletes")
                : null;
    }

    /**
     * PUTs the new text to the row's final message and records the edit on the row.
     *
     * @return the row with the edit; fails with the server's error, after recording the refusal
     */
    public CompletableFuture<SendRecord> edit(SendRecord row, String text) {
        String refusal = editRefusal(row);
        if (refusal != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Cannot edit: " + refusal));
        }
        return client.editMessage(row.messageChatID(), row.finalMessageID(), text).handleAsync((message, error) -> {
            // Built on the row as stored now: it may have changed (another edit, an unsend) meanwhile.
            SendRecord latest = log.find(row.id()).orElse(row);
            if (error == null) {
                SendRecord edited = latest.withEdit(new SendEdit(clock.instant(), text, json(message), null));
                log.update(edited);
                return edited;
            }
            Throwable cause = Causes.unwrap(error);
            log.update(latest.withEdit(new SendEdit(clock.instant(), text, null,
                    TokenScrubber.scrub(String.valueOf(cause.getMessage())))));
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }, io);
    }

    /** DELETEs the row's final message in the chat and marks the row unsent; the row is kept. */
    public CompletableFuture<SendRecord> unsend(SendRecord row) {
        String refusal = unsendRefusal(row);
        if (refusal != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Cannot unsend: " + refusal));
        }
        return client.deleteMessage(row.messageChatID(), row.finalMessageID()).thenApplyAsync(done -> {
            SendRecord unsent = log.find(row.id()).orElse(row).unsent(clock.instant());
            log.update(unsent);
            return unsent;
        }, io);
    }

    private static String json(Message message) {
        try {
            return Json.mapper().writeValueAsString(message);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
