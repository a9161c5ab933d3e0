package com.beepercomposer.sandbox;

import com.beepercomposer.api.Message;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** A chat's messages: paged history, one message by final or pending ID, and sending. */
final class MessageRoutes {
    static final int PAGE_SIZE = 25;

    private final SandboxWorld world;
    private final MessageSender sender;

    MessageRoutes(SandboxWorld world, MessageSender sender) {
        this.world = world;
        this.sender = sender;
    }

    void register(Javalin app) {
        app.get("/v1/chats/{chatID}/messages", this::list);
        app.post("/v1/chats/{chatID}/messages", this::send);
        app.get("/v1/chats/{chatID}/messages/{messageID}", this::retrieve);
    }

    /** Newest first, like the chat list: the first page is the latest history. */
    private void list(Context ctx) {
        String chatID = world.requireChatID(ctx.pathParam("chatID"));
        ctx.json(CursorPager.page(world.messagesNewestFirst(chatID), Message::sortKey, ctx.queryParam("cursor"),
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
}
