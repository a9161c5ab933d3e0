package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FileBodyPublisherTest {
    private static final int SIZE = FileBodyPublisher.CHUNK * 10 + 12_345;

    private Path file;
    private byte[] content;

    @AfterEach
    void deleteFile() throws Exception {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void drainedChunksAreFilledAgainSoMemoryDoesNotFollowTheFile() throws Exception {
        writeFile();
        Collector collector = new Collector(true);
        new FileBodyPublisher(file, SIZE).subscribe(collector);

        assertThat(collector.completed).isTrue();
        assertThat(collector.bytes.toByteArray()).isEqualTo(content);
        assertThat(collector.distinct).hasSize(1);
        assertThat(collector.distinct.iterator().next().isDirect()).isTrue();
    }

    @Test
    void aChunkTheClientHasNotWrittenOutIsNeverOverwritten() throws Exception {
        writeFile();
        Collector collector = new Collector(false);
        new FileBodyPublisher(file, SIZE).subscribe(collector);

        assertThat(collector.completed).isTrue();
        assertThat(collector.distinct).hasSize(11);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (ByteBuffer held : collector.held) {
            byte[] chunk = new byte[held.remaining()];
            held.get(chunk);
            all.writeBytes(chunk);
        }
        assertThat(all.toByteArray()).isEqualTo(content);
    }

    private void writeFile() throws Exception {
        content = new byte[SIZE];
        new Random(3).nextBytes(content);
        file = Files.createTempFile("file-body", ".bin");
        Files.write(file, content);
    }

    /** Asks for one chunk at a time, as the HTTP client does; drains each or holds it unread. */
    private static final class Collector implements Flow.Subscriber<ByteBuffer> {
        final boolean drain;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Set<ByteBuffer> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<ByteBuffer> held = new ArrayList<>();
        Flow.Subscription subscription;
        boolean completed;

        Collector(boolean drain) {
            this.drain = drain;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(ByteBuffer item) {
            distinct.add(item);
            if (drain) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            } else {
                held.add(item);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            throw new AssertionError(throwable);
        }

        @Override
        public void onComplete() {
            completed = true;
        }
    }
}
