package com.beepercomposer.api;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Flow;

/**
 * A multipart/form-data body with text fields and one file part, streamed from disk: the
 * file is read in chunks as the socket takes them, so memory does not grow with its size.
 * Progress counts the whole body (headers included) so it reaches the total exactly.
 */
final class MultipartFileBody {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary;
    private final Path file;
    private final byte[] head;
    private final byte[] tail;

    MultipartFileBody(Path file, String fileName, String mimeType, String partContentType) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        this.boundary = "BeeperComposer" + HexFormat.of().formatHex(random);
        this.file = file;
        StringBuilder fields = new StringBuilder();
        if (fileName != null) {
            appendField(fields, "fileName", fileName);
        }
        if (mimeType != null) {
            appendField(fields, "mimeType", mimeType);
        }
        String partName = fileName != null ? fileName : file.getFileName().toString();
        fields.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
                .append(quote(partName)).append("\"\r\n")
                .append("Content-Type: ").append(partContentType).append("\r\n\r\n");
        this.head = fields.toString().getBytes(StandardCharsets.UTF_8);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    BodyPublisher publisher(UploadProgress progress, CancelSignal cancel) {
        BodyPublisher filePart;
        try {
            filePart = new FileBodyPublisher(file, java.nio.file.Files.size(file));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        BodyPublisher whole = BodyPublishers.concat(
                BodyPublishers.ofByteArray(head), filePart, BodyPublishers.ofByteArray(tail));
        return new Tracking(whole, progress, cancel);
    }

    private void appendField(StringBuilder out, String name, String value) {
        out.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n");
    }

    /** Quotes a file name for a header as browsers do: CR, LF and '"' percent-encoded. */
    static String quote(String name) {
        return name.replace("\r", "%0D").replace("\n", "%0A").replace("\"", "%22");
    }

    /** Counts bytes on their way to the socket and stops the stream when cancelled. */
    private static final class Tracking implements BodyPublisher {
        private final BodyPublisher inner;
        private final UploadProgress progress;
        private final CancelSignal cancel;

        Tracking(BodyPublisher inner, UploadProgress progress, CancelSignal cancel) {
            this.inner = inner;
            this.progress = progress;
            this.cancel = cancel;
        }

        @Override
        public long contentLength() {
            return inner.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> downstream) {
            long total = inner.contentLength();
            inner.subscribe(new Flow.Subscriber<>() {
                private Flow.Subscription upstream;
                private long sent;
                private volatile boolean stopped;

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    upstream = subscription;
                    downstream.onSubscribe(subscription);
                    cancel.onCancel(this::stop);
                }

                @Override
                public synchronized void onNext(ByteBuffer item) {
                    if (stopped) {
                        return;
                    }
                    sent += item.remaining();
                    downstream.onNext(item);
                    progress.onProgress(sent, total);
                }

                @Override
                public synchronized void onError(Throwable throwable) {
                    if (!stopped) {
                        downstream.onError(throwable);
                    }
                }

                @Override
                public synchronized void onComplete() {
                    if (!stopped) {
                        downstream.onComplete();
                    }
                }

                private synchronized void stop() {
                    if (stopped) {
                        return;
                    }
                    stopped = true;
                    upstream.cancel();
                    downstream.onError(new UploadCancelledException());
                }
            });
        }
    }
}
