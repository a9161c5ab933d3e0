package com.beepercomposer.compose;

import java.nio.file.Path;

/** A file picked for upload, as found on disk before any request. */
public record LocalFile(Path path, String fileName, long size, String mimeType) {
}
