package com.beepercomposer.sandbox;

import java.nio.file.Path;

/** A file the sandbox holds for a later send: where it lies and what was detected or declared. */
record StoredUpload(String uploadID, Path file, String fileName, String mimeType, long fileSize, Integer width,
                    Integer height, Double duration) {

    String srcURL() {
        return file.toUri().toString();
    }

    WireUpload toResult() {
        return new WireUpload(uploadID, srcURL(), fileName, mimeType, fileSize, width, height, duration, null);
    }
}
