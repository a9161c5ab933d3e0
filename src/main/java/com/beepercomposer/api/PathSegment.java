package com.beepercomposer.api;

import java.nio.charset.StandardCharsets;

/**
 * Encodes one path segment the way RFC 3986 allows: unreserved characters, sub-delimiters,
 * {@code :} and {@code @} stay as they are (real chat IDs are full of {@code !}, {@code :}
 * and {@code .}); everything else is percent-encoded as UTF-8.
 */
public final class PathSegment {
    private static final String ALLOWED_PUNCTUATION = "-._~!$&'()*+,;=:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegment() {
    }

    /**
     * @param what names the ID in the error, e.g. "chat ID"
     * @throws IllegalArgumentException for an empty ID or one that would walk the path ({@code .}, {@code ..})
     */
    public static String encode(String what, String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " is empty");
        }
        if (id.equals(".") || id.equals("..")) {
            throw new IllegalArgumentException("\"" + id + "\" cannot be used as a " + what);
        }
        StringBuilder out = new StringBuilder(id.length() + 16);
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAllowed(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** Percent-decodes a segment; the sandbox uses it to read IDs back. */
    public static String decode(String segment) {
        return java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static boolean isAllowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || (c < 128 && ALLOWED_PUNCTUATION.indexOf(c) >= 0);
    }
}
