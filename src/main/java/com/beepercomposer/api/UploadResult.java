package com.beepercomposer.api;

/** What an upload reports. A response with {@code error} and no {@code uploadID} failed, even with 200. */
public record UploadResult(String uploadID, String srcURL, String fileName, String mimeType, Long fileSize,
                           Integer width, Integer height, Double duration, String error) {

    public boolean succeeded() {
        return uploadID != null && !uploadID.isBlank();
    }
}
