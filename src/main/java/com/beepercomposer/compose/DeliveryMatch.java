package com.beepercomposer.compose;

import com.beepercomposer.api.Message;
import com.beepercomposer.api.MessageAttachment;
import com.beepercomposer.history.SendRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Whether a message in the chat is the one an uncertain send posted: ours, not older than the
 * send, and with the same text (the server turned our Markdown into HTML, so both sides are
 * compared as plain text) or the same attachment.
 */
public final class DeliveryMatch {
    /** Clocks of this machine and the server's may differ a little. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private DeliveryMatch() {
    }

    public static boolean matches(SendRecord row, Message message) {
        if (!Boolean.TRUE.equals(message.isSender())) {
            return false;
        }
        Instant at = message.timestampInstant();
        if (at == null || at.isBefore(row.createdAt().minus(CLOCK_SKEW))) {
            return false;
        }
        boolean hasText = row.text() != null && !row.text().isBlank();
        if (hasText && !plain(row.text()).equals(normalise(PlainSnippet.of(message.text(), Integer.MAX_VALUE)))) {
            return false;
        }
        if (row.attachmentName() != null || row.uploadID() != null) {
            return message.attachments().stream().anyMatch(a -> sameFile(row, a));
        }
        return hasText;
    }

    private static boolean sameFile(SendRecord row, MessageAttachment attachment) {
        return row.attachmentName() == null || row.attachmentName().equals(attachment.fileName())
                || row.requestJson() != null && attachment.fileName() != null
                && row.requestJson().contains("\"fileName\":\"" + attachment.fileName() + "\"");
    }

    static String plain(String markdown) {
        return normalise(PLAIN.render(Markdown.parse(markdown)));
    }

    private static String normalise(String text) {
        return SPACE.matcher(text == null ? "" : text).replaceAll(" ").strip();
    }
}
