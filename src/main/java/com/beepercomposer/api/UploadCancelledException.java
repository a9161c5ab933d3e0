package com.beepercomposer.api;

import java.io.IOException;

/** Ends an upload body early when its {@link CancelSignal} fires. */
final class UploadCancelledException extends IOException {
    UploadCancelledException() {
        super("Upload cancelled");
    }
}
