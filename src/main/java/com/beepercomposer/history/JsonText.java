package com.beepercomposer.history;

import com.beepercomposer.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Stored JSON made readable; text that is not JSON is shown as it is, never hidden. */
public final class JsonText {
    private JsonText() {
    }

    /** Indented for the details pane; empty for null. */
    public static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            JsonNode tree = Json.mapper().readTree(json);
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** The stored JSON as a tree to embed in an export; a string node when it does not parse. */
    static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(json);
        }
    }

    static String quote(String text) {
        try {
            return Json.mapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
