package com.beepercomposer.compose;

import com.beepercomposer.api.Json;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.MessageAttachment;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.history.SendRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Whether a message in the chat is the one an uncertain send posted: ours, not older than the
 * send, replying to what the request replied to, with the same text (the server turned our
 * Markdown into HTML, so both sides are compared as plain text) and the same attachment (the
 * upload or the file name the request carried).
 */
public final class DeliveryMatch {
    /** Clocks of this machine and the server's may differ a little. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Instant earliest;
    private final String text;
    private final String replyTo;
    private final boolean hasAttachment;
    private final String uploadID;
    private final String fileName;
    private final String pickedName;

    private DeliveryMatch(SendRecord row) {
        SendMessage request = request(row);
        earliest = row.createdAt().minus(CLOCK_SKEW);
        // The request as posted wins; the row's own columns stand in when its JSON lacks them.
        String markdown = firstOf(request == null ? null : request.text(), row.text());
        text = markdown == null ? null : plain(markdown);
        replyTo = firstOf(request == null ? null : request.replyToMessageID(), row.replyToMessageID());
        uploadID = firstOf(request == null || request.attachment() == null ? null : request.attachment().uploadID(),
                row.uploadID());
        fileName = request != null && request.attachment() != null ? blankToNull(request.attachment().fileName())
                : null;
        pickedName = blankToNull(row.attachmentName());
        hasAttachment = uploadID != null || fileName != null || pickedName != null;
    }

    public static DeliveryMatch of(SendRecord row) {
        return new DeliveryMatch(row);
    }

    public static boolean matches(SendRecord row, Message message) {
        return of(row).matches(message);
    }

    /** The earliest time the send's message can carry. */
    Instant earliest() {
        return earliest;
    }

    public boolean matches(Message message) {
        if (!Boolean.TRUE.equals(message.isSender()) || Boolean.TRUE.equals(message.isDeleted())) {
            return false;
        }
        Instant at = message.timestampInstant();
        if (at == null || at.isBefore(earliest)) {
            return false;
        }
        if (!Objects.equals(replyTo, blankToNull(message.linkedMessageID()))) {
            return false;
        }
        if (text != null && !text.equals(normalise(PlainSnippet.of(message.text(), Integer.MAX_VALUE)))) {
            return false;
        }
        if (!hasAttachment) {
            return text != null && message.attachments().isEmpty();
        }
        return message.attachments().stream().anyMatch(this::sameFile);
    }

    private boolean sameFile(MessageAttachment attachment) {
        if (uploadID != null && (endsWith(attachment.id(), uploadID) || contains(attachment.srcURL(), uploadID))) {
            return true;
        }
        String expected = fileName != null ? fileName : pickedName;
        return expected != null && expected.equals(attachment.fileName());
    }

    /** The request as it was posted, or null for a row whose stored JSON cannot be read. */
    private static SendMessage request(SendRecord row) {
        if (row.requestJson() == null || row.requestJson().isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readValue(row.requestJson(), SendMessage.class);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean endsWith(String value, String suffix) {
        return value != null && (value.equals(suffix) || value.endsWith("/" + suffix));
    }

    private static boolean contains(String value, String part) {
        return value != null && value.contains(part);
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : blankToNull(fallback);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String plain(String markdown) {
        return normalise(PLAIN.render(Markdown.parse(markdown)));
    }

    private static String normalise(String text) {
        return SPACE.matcher(text == null ? "" : text).replaceAll(" ").strip();
    }
}
