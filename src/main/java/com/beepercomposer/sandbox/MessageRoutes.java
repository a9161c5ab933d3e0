package com.beepercomposer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/** A chat's messages: paged history, one message by final or pending ID, sending, editing, deleting. */
final class MessageRoutes {
    static final int PAGE_SIZE = 25;
    static final String DELETED = "message.deleted";

    private final SandboxWorld world;
    private final MessageSender sender;
    private final EventHub events;
    private final Clock clock;

    MessageRoutes(SandboxWorld world, MessageSender sender, EventHub events, Clock clock) {
        this.world = world;
        this.sender = sender;
        this.events = events;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.get("/v1/chats/{chatID}/messages", this::list);
        app.post("/v1/chats/{chatID}/messages", this::send);
        app.get("/v1/chats/{chatID}/messages/{messageID}", this::retrieve);
        app.put("/v1/chats/{chatID}/messages/{messageID}", this::edit);
        app.delete("/v1/chats/{chatID}/messages/{messageID}", this::delete);
    }

    /** Newest first, like the chat list: the first page is the latest history. */
    private void list(Context ctx) {
        String chatID = world.requireChatID(ctx.pathParam("chatID"));
        ctx.json(CursorPager.page(world.messagesNewestFirst(chatID), WireMessage::sortKey, ctx.queryParam("cursor"),
                ctx.queryParam("direction"), PAGE_SIZE));
    }

    private void retrieve(Context ctx) {
        String chatID = world.requireChatID(ctx.pathParam("chatID"));
        String messageID = ctx.pathParam("messageID");
        ctx.json(world.message(chatID, messageID)
                .orElseThrow(() -> SandboxError.notFound("Message not found: " + messageID)));
    }

    private void send(Context ctx) {
        String chatID = world.requireChatID(ctx.pathParam("chatID"));
        ctx.json(sender.send(chatID, JsonBodies.object(ctx)));
    }

    /**
     * {@code {text}} replaces the text of one of the user's own messages. The answer is the
     * updated message plus the SDK's two compatibility fields, {@code messageID} and
     * {@code success}.
     */
    private void edit(Context ctx) {
        String chatID = world.requireChatID(ctx.pathParam("chatID"));
        String messageID = ctx.pathParam("messageID");
        JsonNode body = JsonBodies.object(ctx);
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) {
            throw SandboxError.invalid("invalid_type", "Required: text, the new text of the message", "text");
        }
        if (text.asText().isBlank()) {
            throw SandboxError.invalid("too_small", "text must not be empty", "text");
        }
        WireMessage current = world.message(chatID, messageID)
                .orElseThrow(() -> SandboxError.notFound("Message not found: " + messageID));
        if (!Boolean.TRUE.equals(current.isSender())) {
            throw SandboxError.invalid("custom", "Only your own messages can be edited", "messageID");
        }
        if (current.hasAttachments()) {
            throw SandboxError.invalid("custom", "Messages with attachments cannot be edited", "messageID");
        }
        String html = MarkdownHtml.toHtml(text.asText());
        WireMessage edited = world.update(chatID, current.id(), m -> m.edited(html, clock.instant().toString()))
                .orElseThrow(() -> SandboxError.notFound("Message not found: " + messageID));
        events.publish(MessageSender.UPSERTED, chatID, List.of(edited.id()), List.of(edited));
        ObjectNode answer = WireJson.mapper().valueToTree(edited);
        answer.put("messageID", edited.id());
        answer.put("success", true);
        ctx.json(answer);
    }

    /** Final IDs only: a message cannot be deleted while it is still sending. Answers 204, no body. */
    private void delete(Context ctx) {
        String chatID = world.requireChatID(ctx.pathParam("chatID"));
        String messageID = ctx.pathParam("messageID");
        WireMessage current = world.message(chatID, messageID)
                .filter(m -> m.id().equals(messageID))
                .orElseThrow(() -> SandboxError.notFound("Message not found: " + messageID
                        + " (pending IDs cannot be deleted)"));
        if (current.pending()) {
            throw SandboxError.invalid("custom", "The message is still sending and cannot be deleted yet",
                    "messageID");
        }
        String forEveryone = ctx.queryParam("forEveryone");
        if (forEveryone != null && !forEveryone.isEmpty() && !forEveryone.equals("true")
                && !forEveryone.equals("false")) {
            throw SandboxError.invalid("invalid_type", "forEveryone must be true or false", "forEveryone");
        }
        world.delete(chatID, messageID);
        events.publish(DELETED, chatID, List.of(messageID), List.of());
        ctx.status(204);
    }
}
