package com.beepercomposer.api;

/** Told how many bytes of an upload body have gone to the socket; called from an HTTP thread. */
@FunctionalInterface
public interface UploadProgress {
    UploadProgress NONE = (sent, total) -> { };

    void onProgress(long bytesSent, long totalBytes);
}
