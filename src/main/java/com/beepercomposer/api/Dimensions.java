package com.beepercomposer.api;

/** An outgoing size override: the API needs both sides whenever a size is given. */
public record Dimensions(int width, int height) {
    public Dimensions {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Width and height must both be positive, got " + width + "x" + height);
        }
    }
}
