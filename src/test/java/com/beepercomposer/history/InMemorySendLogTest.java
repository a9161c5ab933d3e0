package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemorySendLogTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void pendingRowsComeOldestFirstLikeTheStoredLogs() {
        InMemorySendLog log = new InMemorySendLog();
        SendRecord first = log.add(SendRecord.sending(T0, "!c:x", "C", "one", null, null, null, "{}"));
        log.add(SendRecord.sending(T0, "!c:x", "C", "two", null, null, null, "{}"));
        SendRecord third = log.add(SendRecord.sending(T0, "!c:x", "C", "three", null, null, null, "{}"));
        log.update(third.pending("p3", "!c:x", T0));
        log.update(first.pending("p1", "!c:x", T0));

        assertThat(log.pending()).extracting(SendRecord::pendingMessageID).containsExactly("p1", "p3");
    }

    @Test
    void aCancelledSubscriptionHearsNothingMore() {
        InMemorySendLog log = new InMemorySendLog();
        java.util.List<SendRecord> heard = new java.util.ArrayList<>();
        Subscription subscription = log.subscribe(heard::add);
        Subscription other = log.subscribe(row -> { });
        SendRecord first = log.add(SendRecord.sending(java.time.Instant.EPOCH, "!c:x", null, "a", null, null, null,
                "{}"));
        assertThat(log.subscribers()).isEqualTo(2);
        subscription.cancel();
        subscription.cancel();
        log.update(first.pending("p", "!c:x", java.time.Instant.EPOCH));
        assertThat(heard).containsExactly(first);
        assertThat(log.subscribers()).isEqualTo(1);
        other.close();
        assertThat(log.subscribers()).isZero();
    }
}
