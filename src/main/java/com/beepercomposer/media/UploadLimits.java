package com.beepercomposer.media;

/** The upload limits the API documents, in one place for the composer's check and the sandbox. */
public final class UploadLimits {
    /** {@code POST /v1/assets/upload} takes files up to 500 MB. */
    public static final long MAX_UPLOAD_BYTES = 500L * 1024 * 1024;

    private UploadLimits() {
    }
}
