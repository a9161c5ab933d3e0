package com.beepercomposer.history;

/** Quoting for POSIX shells: single quotes keep everything literal, even {@code $}, {@code !} and newlines. */
final class ShellQuote {
    private ShellQuote() {
    }

    /** {@code it's} becomes {@code 'it'\''s'}: close the quote, an escaped quote, reopen. */
    static String single(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
