package com.beepercomposer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/focus}: Beeper Desktop comes to the front on a chat (and message) with a
 * prefilled draft. The sandbox has no window, so it checks the references and keeps the draft
 * text as the chat's draft, where {@code GET /v1/chats/{chatID}} shows it.
 */
final class FocusRoutes {
    private final SandboxWorld world;
    private final EventHub events;

    FocusRoutes(SandboxWorld world, EventHub events) {
        this.world = world;
        this.events = events;
    }

    void register(Javalin app) {
        app.post("/v1/focus", this::focus);
    }

    private void focus(Context ctx) {
        JsonNode body = JsonBodies.objectOrEmpty(ctx);
        String chatRef = JsonBodies.optionalString(body, "chatID");
        String messageID = JsonBodies.optionalString(body, "messageID");
        String draftText = JsonBodies.optionalString(body, "draftText");
        JsonBodies.optionalString(body, "draftAttachmentPath");
        if (chatRef == null && (messageID != null || draftText != null)) {
            throw SandboxError.invalid("custom", "chatID is required with messageID or draftText", "chatID");
        }
        if (chatRef != null) {
            String chatID = world.requireChatID(chatRef);
            if (messageID != null && world.message(chatID, messageID).isEmpty()) {
                throw SandboxError.notFound("Message not found: " + messageID);
            }
            if (draftText != null) {
                // Focus prefills the composer, replacing what was there: no empty-draft rule here.
                world.updateDraft(chatID, draftText.isEmpty() ? null
                        : new WireChat.Draft(MarkdownHtml.toHtml(draftText), null), false);
                events.publish("chat.upserted", chatID, List.of(chatID), List.of());
            }
        }
        ctx.json(Map.of("success", true));
    }
}
