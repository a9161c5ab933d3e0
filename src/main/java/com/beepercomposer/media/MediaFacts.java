package com.beepercomposer.media;

/**
 * What a media file's container says of it: its length and, for video, its picture size. Each
 * is null when the file does not say, or could not be read.
 */
public record MediaFacts(Double durationSeconds, Integer width, Integer height) {
    public static final MediaFacts UNKNOWN = new MediaFacts(null, null, null);

    public boolean hasSize() {
        return width != null && height != null && width > 0 && height > 0;
    }
}
