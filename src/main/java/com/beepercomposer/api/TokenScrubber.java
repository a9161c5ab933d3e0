package com.beepercomposer.api;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes every access token this process has seen out of a text before it is logged, stored or
 * shown. Error texts come from many hands (the JDK quoting a header, a server echoing a request)
 * and none of them knows what is secret; this does, because {@link AccessToken#of} tells it.
 */
public final class TokenScrubber {
    public static final String MASK = "[token]";
    /** Shorter strings are too common to hide without mangling ordinary text, and too short to be a token. */
    private static final int SHORTEST = 4;
    /** Whatever follows "Bearer" is a token, known to this process or not. */
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"'<>,;]+");
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private TokenScrubber() {
    }

    /** Remembers a secret, as typed (it may be refused) and as kept. */
    static void remember(String secret) {
        if (secret != null && secret.length() >= SHORTEST) {
            KNOWN.add(secret);
        }
    }

    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        // Longest first: a typed token with a stray character around it goes whole, not in part.
        List<String> secrets = KNOWN.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : secrets) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        return BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /**
     * The failure as it may be logged or kept as a cause: itself when no message in its chain
     * holds a token, else a copy whose messages are scrubbed (same types named, same stack).
     */
    public static Throwable scrub(Throwable error) {
        if (error == null || !holdsSecret(error)) {
            return error;
        }
        Scrubbed copy = new Scrubbed(error.getClass().getName() + ": " + scrub(error.getMessage()),
                error.getCause() == error ? null : scrub(error.getCause()));
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    private static boolean holdsSecret(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !scrub(message).equals(message)) {
                return true;
            }
        }
        return false;
    }

    /** Stands in for a failure whose message held a token. */
    static final class Scrubbed extends RuntimeException {
        Scrubbed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
