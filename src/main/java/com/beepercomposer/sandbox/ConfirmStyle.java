package com.beepercomposer.sandbox;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a pending message becomes final. Real servers were seen doing each of these, and a client
 * must settle its history rows under all three.
 */
public enum ConfirmStyle {
    /** The pending ID is swapped for a final one and {@code sendStatus} reports SUCCESS. */
    SWAP_ID("swap-id"),
    /** The ID never changes; only {@code sendStatus} goes from PENDING to SUCCESS. */
    KEEP_ID("keep-id"),
    /** The pending ID is swapped for a final one and {@code sendStatus} is never reported. */
    NO_STATUS("no-status");

    private final String option;

    ConfirmStyle(String option) {
        this.option = option;
    }

    /** The spelling of {@code --confirm-style}. */
    public String option() {
        return option;
    }

    public static ConfirmStyle fromOption(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.option.equals(v)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--confirm-style must be swap-id, keep-id or"
                        + " no-status, not " + value));
    }
}
