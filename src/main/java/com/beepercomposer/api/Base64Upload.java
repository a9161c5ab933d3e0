package com.beepercomposer.api;

/** The body of {@code POST /v1/assets/upload/base64}. */
public record Base64Upload(String content, String fileName, String mimeType) {
    public Base64Upload {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("The upload is empty");
        }
    }
}
