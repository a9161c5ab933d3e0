package com.beepercomposer.cli;

import com.beepercomposer.api.Json;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/** A history row as the command line prints it: one JSON object, or one line for a person. */
final class RowOutput {
    private RowOutput() {
    }

    /** The final message's ID; with a server that keeps the pending ID, that same ID once sent. */
    static String finalID(SendRecord row) {
        if (row.finalMessageID() != null) {
            return row.finalMessageID();
        }
        return row.state() == SendState.SENT ? row.pendingMessageID() : null;
    }

    static String json(SendRecord row) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("historyID", row.id());
        node.put("chat", row.routedChatID() != null ? row.routedChatID() : row.chatID());
        node.put("chatTitle", row.chatTitle());
        node.put("pendingMessageID", row.pendingMessageID());
        node.put("finalMessageID", finalID(row));
        node.put("status", row.state().name().toLowerCase(java.util.Locale.ROOT));
        node.put("reason", row.reason());
        node.put("attachment", row.attachmentName());
        node.put("origin", row.origin().name().toLowerCase(java.util.Locale.ROOT));
        node.put("connection", row.connection().describe());
        if (row.group() != null) {
            ObjectNode group = node.putObject("group");
            group.put("id", row.group().id());
            group.put("kind", row.group().kind().name().toLowerCase(java.util.Locale.ROOT));
            group.put("index", row.group().index());
            group.put("size", row.group().size());
            group.put("variant", row.group().variant());
        } else {
            node.putNull("group");
        }
        ObjectNode timings = node.putObject("timings");
        timings.put("createdAt", text(row.createdAt()));
        timings.put("pendingAt", text(row.pendingAt()));
        timings.put("finalAt", text(row.finalAt()));
        putMillis(timings, "pendingAfterMs", row.createdAt(), row.pendingAt());
        putMillis(timings, "finalAfterMs", row.createdAt(), row.state().isSettled() ? row.finalAt() : null);
        return node.toString();
    }

    /** "sent  <final ID>  (pending <ID>)  to <title>", with the reason when there is one. */
    static String line(SendRecord row) {
        StringBuilder out = new StringBuilder(row.state().label());
        String finalID = finalID(row);
        if (finalID != null) {
            out.append("  ").append(finalID);
        }
        if (row.pendingMessageID() != null && !row.pendingMessageID().equals(finalID)) {
            out.append("  (pending ").append(row.pendingMessageID()).append(')');
        }
        out.append("  to ").append(row.chatTitle() != null ? row.chatTitle() : row.chatID());
        if (row.attachmentName() != null) {
            out.append("  with ").append(row.attachmentName());
        }
        if (row.reason() != null) {
            out.append(": ").append(row.reason());
        }
        return out.toString();
    }

    private static void putMillis(ObjectNode node, String field, Instant from, Instant to) {
        if (from != null && to != null) {
            node.put(field, Duration.between(from, to).toMillis());
        } else {
            node.putNull(field);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
