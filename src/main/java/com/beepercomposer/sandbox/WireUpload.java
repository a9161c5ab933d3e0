package com.beepercomposer.sandbox;

/** What both upload endpoints answer; every field optional, {@code error} set when the file was refused. */
public record WireUpload(String uploadID, String srcURL, String fileName, String mimeType, Long fileSize,
                         Integer width, Integer height, Double duration, String error) {
}
