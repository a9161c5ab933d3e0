package com.beepercomposer.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One variant of a "Send as…" matrix as the matrix view and its export show it: what the request
 * set, what the server answered, and the final message's attachment as the server reports it.
 * A value the request left out is null ("as detected"); a final value is null until the row
 * settles, or when the server does not report it.
 *
 * @param finalType       the message's {@code type} (IMAGE, STICKER, VOICE…)
 * @param finalAttachment the attachment's {@code type} with its flags: "img · sticker"
 * @param srcURL          where the server says the final attachment can be fetched
 */
public record MatrixLine(long rowID, int index, String variant,
                         String sentType, String sentMimeType, String sentFileName, String sentSize,
                         String sentDuration,
                         String state, String pendingMessageID, String reason,
                         String finalMessageID, String finalType, String finalAttachment, String finalMimeType,
                         String finalFileName, String finalFileSize, String finalSize, String finalDuration,
                         String srcURL) {

    /** The line of a matrix row; a row outside any group gets index 0 and its file name as variant. */
    public static MatrixLine of(SendRecord row) {
        JsonNode sent = path(JsonText.tree(row.requestJson()), "attachment");
        JsonNode message = JsonText.tree(row.finalMessageJson());
        JsonNode attachment = first(path(message, "attachments"));
        SendGroup group = row.group();
        return new MatrixLine(row.id(), group == null ? 0 : group.index(),
                group == null ? row.attachmentName() : group.variant(),
                text(sent, "type"), text(sent, "mimeType"), text(sent, "fileName"), size(path(sent, "size")),
                number(path(sent, "duration")),
                row.state().name(), row.pendingMessageID(), row.reason(),
                row.finalMessageID(), text(message, "type"), kind(attachment), text(attachment, "mimeType"),
                text(attachment, "fileName"), number(path(attachment, "fileSize")), size(path(attachment, "size")),
                number(path(attachment, "duration")), text(attachment, "srcURL"));
    }

    /** Whether the final message is known: the row left "sending" and "pending". */
    public boolean settled() {
        return !state.equals(SendState.SENDING.name()) && !state.equals(SendState.PENDING.name());
    }

    private static JsonNode path(JsonNode node, String field) {
        return node == null || !node.isObject() ? null : node.get(field);
    }

    private static JsonNode first(JsonNode array) {
        return array != null && array.isArray() && !array.isEmpty() ? array.get(0) : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = path(node, field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Seconds and bytes as written, without a trailing ".0" for whole numbers. */
    private static String number(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return value == null || value.isNull() ? null : value.asText();
        }
        double d = value.asDouble();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : value.asText();
    }

    /** "512×512", or null. */
    private static String size(JsonNode size) {
        String width = number(path(size, "width"));
        String height = number(path(size, "height"));
        return width == null && height == null ? null
                : (width == null ? "?" : width) + "\u00d7" + (height == null ? "?" : height);
    }

    /** The attachment's type and the flags it carries: "img · gif", "audio · voice note". */
    private static String kind(JsonNode attachment) {
        if (attachment == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        String type = text(attachment, "type");
        parts.add(type == null ? "?" : type);
        if (flag(attachment, "isGif")) {
            parts.add("gif");
        }
        if (flag(attachment, "isSticker")) {
            parts.add("sticker");
        }
        if (flag(attachment, "isVoiceNote")) {
            parts.add("voice note");
        }
        return String.join(" \u00b7 ", parts);
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = path(node, field);
        return value != null && value.asBoolean(false);
    }
}
