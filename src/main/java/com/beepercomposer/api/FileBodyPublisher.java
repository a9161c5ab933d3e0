package com.beepercomposer.api;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * A file streamed as a request body in large chunks, read only as the socket asks for them:
 * memory stays at a few chunks whatever the file's size. The JDK's own file publisher reads
 * 16 KB at a time, which made a 256 MB upload markedly slower than curl's.
 *
 * <p>Chunks are direct buffers, reused once the client has written them out (nothing left in
 * them): the file is read straight into them and the socket writes straight from them, with
 * no copy through a heap array on either side and no garbage per chunk, so a 2 GB upload
 * leaves the heap as flat as a 2 MB one.
 */
final class FileBodyPublisher implements BodyPublisher {
    static final int CHUNK = 1024 * 1024;

    private final Path file;
    private final long length;

    FileBodyPublisher(Path file, long length) {
        this.file = file;
        this.length = length;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onError(e);
            return;
        }
        subscriber.onSubscribe(new ChunkSubscription(channel, subscriber));
    }

    /** Emits one chunk per unit of demand; re-entrant requests from onNext join the running loop. */
    private static final class ChunkSubscription implements Flow.Subscription {
        private final FileChannel channel;
        private final Flow.Subscriber<? super ByteBuffer> subscriber;
        /** Chunks handed out so far; one the client has drained is filled again. */
        private final List<ByteBuffer> chunks = new ArrayList<>(4);
        private long demand;
        private boolean emitting;
        private boolean finished;

        ChunkSubscription(FileChannel channel, Flow.Subscriber<? super ByteBuffer> subscriber) {
            this.channel = channel;
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            synchronized (this) {
                if (finished) {
                    return;
                }
                if (n <= 0) {
                    finish();
                    subscriber.onError(new IllegalArgumentException("non-positive request: " + n));
                    return;
                }
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                if (emitting) {
                    return;
                }
                emitting = true;
            }
            emit();
        }

        private void emit() {
            while (true) {
                synchronized (this) {
                    if (finished || demand == 0) {
                        emitting = false;
                        return;
                    }
                    demand--;
                }
                ByteBuffer chunk = drainedChunk();
                int read;
                try {
                    read = channel.read(chunk);
                } catch (IOException e) {
                    synchronized (this) {
                        finish();
                    }
                    subscriber.onError(e);
                    return;
                }
                if (read < 0) {
                    synchronized (this) {
                        finish();
                    }
                    subscriber.onComplete();
                    return;
                }
                chunk.flip();
                subscriber.onNext(chunk);
            }
        }

        /**
         * A chunk the client has written out in full, or a new one. The client asks for more only
         * after writing what it had, so two or three chunks serve the whole file.
         */
        private ByteBuffer drainedChunk() {
            for (ByteBuffer chunk : chunks) {
                if (!chunk.hasRemaining()) {
                    return chunk.clear();
                }
            }
            ByteBuffer chunk = ByteBuffer.allocateDirect(CHUNK);
            chunks.add(chunk);
            return chunk;
        }

        @Override
        public synchronized void cancel() {
            finish();
        }

        private void finish() {
            finished = true;
            emitting = false;
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to read from it anyway
            }
        }
    }
}
