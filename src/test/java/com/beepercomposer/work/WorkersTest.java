package com.beepercomposer.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each kind of work has its own lane: history writes never wait behind files or connection switches. */
class WorkersTest {

    @Test
    void historyWritesRunWhileTheFileAndConnectionLanesAreBusy() throws Exception {
        Workers workers = Workers.start();
        CountDownLatch release = new CountDownLatch(1);
        try {
            workers.files().execute(() -> await(release));
            workers.connections().execute(() -> await(release));
            CompletableFuture<String> write = CompletableFuture.supplyAsync(
                    () -> Thread.currentThread().getName(), workers.history());
            assertThat(write.get(5, TimeUnit.SECONDS)).isEqualTo("history-writer");
        } finally {
            release.countDown();
            workers.close();
        }
    }

    @Test
    void historyWritesLandInTheOrderTheyWereHandedOver() throws Exception {
        Workers workers = Workers.start();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            int step = i;
            workers.history().execute(() -> order.append(step).append(','));
        }
        workers.close();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            expected.append(i).append(',');
        }
        assertThat(order.toString()).isEqualTo(expected.toString());
    }

    @Test
    void closingLetsQueuedWorkFinishAndStopsTheLanes() throws Exception {
        Workers workers = Workers.start();
        CountDownLatch ran = new CountDownLatch(3);
        workers.history().execute(ran::countDown);
        workers.files().execute(ran::countDown);
        workers.connections().execute(ran::countDown);
        workers.close();
        assertThat(ran.getCount()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.isAlive()
                && (thread.getName().equals("history-writer") || thread.getName().equals("file-work")));
    }

    @Test
    void aSessionsNetworkThreadsAreNamedDaemonsThatEndWithIt() throws Exception {
        ExecutorService network = Workers.newNetworkExecutor("7");
        Thread thread = CompletableFuture.supplyAsync(Thread::currentThread, network).get(5, TimeUnit.SECONDS);
        assertThat(thread.getName()).isEqualTo("network-7");
        assertThat(thread.isDaemon()).isTrue();
        network.shutdownNow();
        assertThat(network.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
