package com.beepercomposer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The window is built while the history opens: listeners made before it is open hear it once it is. */
class OpeningSendLogTest {
    private final CompletableFuture<SendLog> opening = new CompletableFuture<>();
    private final OpeningSendLog log = new OpeningSendLog(opening);
    private final InMemorySendLog opened = new InMemorySendLog();

    private static SendRecord row(String text) {
        return SendRecord.sending(Instant.EPOCH, "!c:x", "C", text, null, null, null, "{}");
    }

    @Test
    void aListenerSubscribedBeforeTheLogIsOpenHearsItsChanges() {
        List<String> heard = new CopyOnWriteArrayList<>();
        log.subscribe(row -> heard.add(row.text()));

        opening.complete(opened);
        log.add(row("after"));

        assertEquals(List.of("after"), heard);
        assertEquals(1, opened.subscribers());
    }

    @Test
    void aSubscriptionCancelledBeforeTheLogIsOpenLeavesNothingRegistered() {
        Subscription subscription = log.subscribe(row -> { });
        subscription.cancel();

        opening.complete(opened);

        assertEquals(0, log.subscribers());
    }

    @Test
    void aSubscriptionCancelledAfterwardsIsRemoved() {
        Subscription subscription = log.subscribe(row -> { });
        opening.complete(opened);
        assertEquals(1, opened.subscribers());

        subscription.cancel();

        assertEquals(0, opened.subscribers());
    }

    @Test
    void readsWaitForTheOpening() throws Exception {
        opened.add(row("stored"));
        CompletableFuture<List<SendRecord>> rows = CompletableFuture.supplyAsync(log::all);
        assertFalse(rows.isDone());

        opening.complete(opened);

        assertEquals("stored", rows.get(10, TimeUnit.SECONDS).get(0).text());
        assertTrue(log.find(rows.get().get(0).id()).isPresent());
    }
}
