package com.beepercomposer.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What arrives on {@code /v1/ws}, parsed leniently: odd fields are tolerated, unknown shapes dropped. */
public sealed interface StreamEvent {

    /** First frame after connecting. */
    record Ready(int version, List<String> chatIDs) implements StreamEvent {
    }

    /** The server's answer to {@code subscriptions.set}. */
    record SubscriptionsUpdated(String requestID, List<String> chatIDs) implements StreamEvent {
    }

    /** A request on the socket was refused, e.g. {@code INVALID_PAYLOAD}. */
    record ServerError(String requestID, String code, String message) implements StreamEvent {
    }

    /**
     * A domain event such as {@code message.upserted}, {@code message.deleted}, {@code chat.upserted}
     * or {@code chat.deleted}. {@code entries} are optional best-effort full objects.
     */
    record Domain(String type, long seq, long ts, String chatID, String accountID, List<String> ids,
                  List<JsonNode> entries) implements StreamEvent {

        public static final String MESSAGE_UPSERTED = "message.upserted";

        /** The entries that read as messages; unreadable ones are skipped. */
        public List<Message> messages() {
            List<Message> messages = new ArrayList<>();
            for (JsonNode entry : entries) {
                if (!entry.isObject()) {
                    continue;
                }
                try {
                    messages.add(Json.mapper().treeToValue(entry, Message.class));
                } catch (IOException | IllegalArgumentException e) {
                    // best-effort entries: a partial object is not worth failing the event
                }
            }
            return messages;
        }
    }

    static Optional<StreamEvent> parse(String text) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(text);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        String type = json.path("type").asText("");
        return switch (type) {
            case "ready" -> Optional.of(new Ready(json.path("version").asInt(0), strings(json.get("chatIDs"))));
            case "subscriptions.updated" -> Optional.of(new SubscriptionsUpdated(
                    textOrNull(json.get("requestID")), strings(json.get("chatIDs"))));
            case "error" -> Optional.of(new ServerError(textOrNull(json.get("requestID")),
                    textOrNull(json.get("code")), textOrNull(json.get("message"))));
            default -> domain(type, json);
        };
    }

    private static Optional<StreamEvent> domain(String type, JsonNode json) {
        if (type.isEmpty() || !json.hasNonNull("chatID")) {
            return Optional.empty();
        }
        List<JsonNode> entries = new ArrayList<>();
        json.path("entries").forEach(entries::add);
        return Optional.of(new Domain(type, json.path("seq").asLong(0), lenientLong(json.get("ts")),
                json.get("chatID").asText(), textOrNull(json.get("accountID")), strings(json.get("ids")),
                List.copyOf(entries)));
    }

    /** {@code ts} has been seen both as a number and as a string. */
    private static long lenientLong(JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        if (node.isNumber()) {
            return node.asLong();
        }
        try {
            return Long.parseLong(node.asText().strip());
        } catch (NumberFormatException e) {
            try {
                return java.time.OffsetDateTime.parse(node.asText().strip()).toInstant().toEpochMilli();
            } catch (java.time.format.DateTimeParseException notDate) {
                return 0;
            }
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> {
                if (n.isTextual()) {
                    values.add(n.asText());
                }
            });
        }
        return List.copyOf(values);
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
