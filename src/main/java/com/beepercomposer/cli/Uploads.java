package com.beepercomposer.cli;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.UploadProgress;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.Sizes;
import java.util.concurrent.atomic.AtomicInteger;

/** Uploads one file after another, with a progress line on stderr when a person is watching. */
final class Uploads {
    private final BeeperClient client;
    private final CliIo io;

    Uploads(BeeperClient client, CliIo io) {
        this.client = client;
        this.io = io;
    }

    UploadResult upload(LocalFile file, AttachmentOverrides overrides, int number, int of) {
        String label = "Uploading " + file.fileName() + (of > 1 ? " (" + number + " of " + of + ")" : "");
        UploadProgress progress = io.terminal() ? bar(label) : UploadProgress.NONE;
        // The overrides' name and type go with the send; the upload keeps the file's own, as the app does.
        UploadResult result = Failures.await(client.upload(file.path(), null, null, progress, null),
                "uploading " + file.fileName());
        if (io.terminal()) {
            io.err().println();
        }
        if (!result.succeeded()) {
            throw new CliFailure(ExitCode.REFUSED, "The server could not take " + file.fileName() + ": "
                    + result.error() + "; nothing was sent");
        }
        return result;
    }

    /** Redraws one line, only when the whole percentage changes. */
    private UploadProgress bar(String label) {
        AtomicInteger shown = new AtomicInteger(-1);
        return (sent, total) -> {
            int percent = total <= 0 ? 0 : (int) (sent * 100 / total);
            if (shown.getAndSet(percent) != percent) {
                io.err().print("\r" + label + ": " + percent + "% of " + Sizes.human(total));
                io.err().flush();
            }
        };
    }
}
