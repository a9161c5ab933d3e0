package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemorySendLogTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void deletesARowAndIgnoresItsLateUpdates() {
        InMemorySendLog log = new InMemorySendLog();
        SendRecord keep = log.add(SendRecord.sending(T0, "!c:x", "Team", "keep", null, null, null, "{}"));
        SendRecord gone = log.add(SendRecord.sending(T0, "!c:x", "Team", "gone", null, null, null, "{}"));
        List<SendRecord> heard = new ArrayList<>();
        log.addListener(heard::add);

        assertThat(log.delete(gone.id())).isTrue();
        log.update(gone.pending("late", "!c:x", T0));

        assertThat(log.all()).containsExactly(keep);
        assertThat(heard).isEmpty();
    }
}
