package com.beepercomposer.history;

import com.beepercomposer.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;

/**
 * One edit of a sent message, kept on its history row: what the text became and what the server
 * said. A refused edit is kept too, with the reason, so the row tells the whole story.
 *
 * @param answerJson the updated message the server returned, or null when the edit failed
 * @param error      the server's (or the network's) reason when the edit failed, else null
 */
public record SendEdit(Instant at, String text, String answerJson, String error) {

    public boolean succeeded() {
        return error == null;
    }

    /** The edits as one JSON array for the history file; null when there are none. */
    static String toJson(List<SendEdit> edits) {
        if (edits == null || edits.isEmpty()) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(edits);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads what {@link #toJson} wrote; a damaged value reads as no edits rather than losing the row. */
    static List<SendEdit> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(Json.mapper().readValue(json, new TypeReference<List<SendEdit>>() { }));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** The edits for the details pane, oldest first: "10:00:05Z  edited to “…”  → {…}". */
    public static String describe(List<SendEdit> edits) {
        StringBuilder out = new StringBuilder();
        for (SendEdit edit : edits) {
            out.append(edit.at()).append("  edited to ").append(JsonText.quote(edit.text())).append('\n')
                    .append(edit.succeeded() ? "  server: " + edit.answerJson()
                            : "  refused: " + edit.error()).append('\n');
        }
        return out.toString();
    }
}
