package com.beepercomposer.api;

import java.util.Objects;

/**
 * A bearer token that never prints itself: {@code toString()} is redacted so the secret
 * cannot leak through logs, exception messages or debugger-friendly records.
 */
public final class AccessToken {
    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    public static AccessToken of(String value) {
        Objects.requireNonNull(value, "token");
        if (value.isBlank()) {
            throw new IllegalArgumentException("The access token is empty");
        }
        return new AccessToken(value.strip());
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
