package com.beepercomposer.api;

import java.util.Objects;

/**
 * A bearer token that never prints itself: {@code toString()} is redacted so the secret
 * cannot leak through logs, exception messages or debugger-friendly records.
 *
 * <p>A pasted token often brings a stray character along (a line break, a no-break space, a
 * zero-width space from a web page). Those around it are trimmed; any other character outside
 * the visible ASCII a bearer token may hold is refused here, with a message that never quotes
 * the token, rather than by the HTTP stack later with one that does.
 */
public final class AccessToken {
    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException when empty or holding a character a token cannot; never quotes it */
    public static AccessToken of(String value) {
        Objects.requireNonNull(value, "token");
        TokenScrubber.remember(value);
        String token = trim(value);
        if (token.isEmpty()) {
            throw new IllegalArgumentException("The access token is empty");
        }
        TokenScrubber.remember(token);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new IllegalArgumentException("The access token cannot hold " + describe(c) + " (character "
                        + (i + 1) + " of " + token.length() + "): a token is visible ASCII letters, digits and"
                        + " symbols only. Copy it again from Beeper Desktop (Settings, Developers).");
            }
        }
        return new AccessToken(token);
    }

    /** Without the whitespace, no-break and zero-width characters a copy and paste adds around it. */
    static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && invisible(raw.charAt(start))) {
            start++;
        }
        while (end > start && invisible(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** Names the character without showing the token around it. */
    private static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        if (c == ' ') {
            return "a space";
        }
        if (c == '\n' || c == '\r') {
            return "a line break";
        }
        if (invisible(c)) {
            return "an invisible character (" + code + ")";
        }
        return "the character " + code;
    }

    /** The raw secret, for the Authorization header only. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessToken token && token.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "AccessToken[redacted]";
    }
}
