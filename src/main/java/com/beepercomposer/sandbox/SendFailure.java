package com.beepercomposer.sandbox;

import java.util.Objects;

/**
 * How sends to a chat should fail, for tests and demos of the failure paths a real network
 * produces (rate limits, blocked contacts...).
 *
 * @param status {@link WireMessage#FAIL_RETRIABLE} or {@link WireMessage#FAIL_PERMANENT}
 * @param reason machine-readable reason, e.g. {@code network_error}
 * @param message what a person would be shown
 */
public record SendFailure(String status, String reason, String message) {
    public SendFailure {
        if (!WireMessage.FAIL_RETRIABLE.equals(status) && !WireMessage.FAIL_PERMANENT.equals(status)) {
            throw new IllegalArgumentException("status must be FAIL_RETRIABLE or FAIL_PERMANENT, got " + status);
        }
        Objects.requireNonNull(reason, "reason");
        message = message == null ? reason : message;
    }

    public static SendFailure retriable(String reason, String message) {
        return new SendFailure(WireMessage.FAIL_RETRIABLE, reason, message);
    }

    public static SendFailure permanent(String reason, String message) {
        return new SendFailure(WireMessage.FAIL_PERMANENT, reason, message);
    }
}
