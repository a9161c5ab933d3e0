package com.beepercomposer.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.Optional;

/**
 * The WebSocket side of {@code /v1/ws}: who is connected, what each connection follows, and the
 * per-connection {@code seq} counter. Each connection starts following nothing, as the real
 * server does, until it sends {@code subscriptions.set}.
 */
final class EventHub {
    private static final String ALL = "*";

    private static final class Connection {
        final WsContext ctx;
        List<String> chatIDs = List.of();
        long seq;

        Connection(WsContext ctx) {
            this.ctx = ctx;
        }

        boolean follows(String chatID) {
            return chatIDs.contains(ALL) || chatIDs.contains(chatID);
        }
    }

    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final Function<String, Optional<String>> chatResolver;

    /** @param chatResolver maps a chat ID or local chat ID to the canonical chat ID */
    EventHub(Function<String, Optional<String>> chatResolver) {
        this.chatResolver = chatResolver;
    }

    void onConnect(WsContext ctx) {
        Connection connection = new Connection(ctx);
        connections.put(ctx.sessionId(), connection);
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("type", "ready");
        ready.put("version", 1);
        ready.put("chatIDs", List.of());
        send(connection, ready);
    }

    void onClose(WsContext ctx) {
        connections.remove(ctx.sessionId());
    }

    void onMessage(WsContext ctx, String text) {
        Connection connection = connections.get(ctx.sessionId());
        if (connection == null) {
            return;
        }
        JsonNode json;
        try {
            json = WireJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            error(connection, null, "The message is not JSON");
            return;
        }
        if (json == null || !json.isObject()) {
            error(connection, null, "The message must be a JSON object");
            return;
        }
        String requestID = json.hasNonNull("requestID") ? json.get("requestID").asText() : null;
        if (!"subscriptions.set".equals(json.path("type").asText())) {
            error(connection, requestID, "Unknown message type: " + json.path("type").asText(""));
            return;
        }
        JsonNode ids = json.get("chatIDs");
        if (ids == null || !ids.isArray()) {
            error(connection, requestID, "chatIDs must be an array of chat IDs, or [\"*\"] for all chats");
            return;
        }
        List<String> chatIDs = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual() || id.asText().isEmpty()) {
                error(connection, requestID, "chatIDs must contain non-empty strings");
                return;
            }
            chatIDs.add(id.asText());
        }
        if (chatIDs.contains(ALL) && chatIDs.size() > 1) {
            error(connection, requestID, "\"*\" subscribes to all chats and cannot be combined with chat IDs");
            return;
        }
        List<String> resolved = chatIDs.stream().map(id -> id.equals(ALL) ? id : chatResolver.apply(id).orElse(id))
                .distinct().toList();
        synchronized (connection) {
            connection.chatIDs = resolved;
        }
        Map<String, Object> updated = new LinkedHashMap<>();
        updated.put("type", "subscriptions.updated");
        updated.put("requestID", requestID);
        updated.put("chatIDs", resolved);
        send(connection, updated);
    }

    /** Sends a domain event to every connection following the chat; entries may be empty. */
    void publish(String type, String chatID, List<String> ids, List<?> entries) {
        long ts = System.currentTimeMillis();
        for (Connection connection : connections.values()) {
            synchronized (connection) {
                if (!connection.follows(chatID)) {
                    continue;
                }
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("type", type);
                event.put("seq", ++connection.seq);
                event.put("ts", ts);
                event.put("chatID", chatID);
                event.put("ids", ids);
                if (entries != null && !entries.isEmpty()) {
                    event.put("entries", entries);
                }
                send(connection, event);
            }
        }
    }

    int connectionCount() {
        return connections.size();
    }

    /** Closes every socket as a dropped network would; clients are expected to reconnect. */
    void dropAll() {
        for (Connection connection : List.copyOf(connections.values())) {
            connections.remove(connection.ctx.sessionId());
            try {
                connection.ctx.closeSession(WsCloseStatus.SERVICE_RESTART, "sandbox dropped the connection");
            } catch (RuntimeException e) {
                // already gone
            }
        }
    }

    private void error(Connection connection, String requestID, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "error");
        error.put("requestID", requestID);
        error.put("code", "INVALID_PAYLOAD");
        error.put("message", message);
        send(connection, error);
    }

    // Frames on one connection go out in order: callers hold the connection's monitor or are
    // on its own socket thread.
    private static void send(Connection connection, Map<String, Object> frame) {
        try {
            String text = WireJson.mapper().writeValueAsString(frame);
            synchronized (connection) {
                if (connection.ctx.session.isOpen()) {
                    connection.ctx.send(text);
                }
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // a socket that broke mid-send is cleaned up by its close callback
        }
    }
}
