package com.beepercomposer.api;

/** Pixel dimensions as the server reports them; either side may be unknown. */
public record MediaSize(Integer width, Integer height) {
}
