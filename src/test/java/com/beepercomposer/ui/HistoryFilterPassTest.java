package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.HistoryFilter;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A text search judged off the FX thread holds only for the records it read: a row whose record
 * changed before the verdicts were marked is tested again on what it holds now.
 */
class HistoryFilterPassTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private long ids;

    private HistoryRow row(String text) {
        return new HistoryRow(SendRecord.sending(T0, "!team:x", "Team", text, null, null, null, "{}").withId(++ids));
    }

    private static HistoryFilterPass pass(SendState state, String text) {
        return new HistoryFilterPass(new HistoryFilter("", state, text), true, ConnectionRef.UNKNOWN);
    }

    @Test
    void aRowThatFailedButChangedSinceIsTestedOnItsNewRecord() {
        HistoryRow changed = row("lunch at noon");
        HistoryRow other = row("dinner");
        HistoryFilterPass pass = pass(null, "p-lunch");
        HistoryFilterPass.Verdicts verdicts = pass.judge(new HistoryRow[] {changed, other});
        assertThat(verdicts.passed()).containsExactly(false, false);

        // The server's answer lands while the search runs: the pending ID now matches.
        changed.update(changed.record().pending("p-lunch", "!team:x", T0.plusSeconds(1)));
        Predicate<HistoryRow> shown = pass.predicate(verdicts);

        assertThat(shown.test(changed)).isTrue();
        assertThat(shown.test(other)).isFalse();
    }

    @Test
    void aRowThatPassedButChangedSinceIsTestedOnItsNewRecord() {
        HistoryRow changed = row("lunch at noon");
        HistoryRow unchanged = row("lunch again");
        HistoryFilterPass pass = pass(SendState.SENDING, "lunch");
        HistoryFilterPass.Verdicts verdicts = pass.judge(new HistoryRow[] {changed, unchanged});
        assertThat(verdicts.passed()).containsExactly(true, true);

        // It is no longer sending: the state filter no longer takes it.
        changed.update(changed.record().pending("p-1", "!team:x", T0.plusSeconds(1)));
        Predicate<HistoryRow> shown = pass.predicate(verdicts);

        assertThat(shown.test(changed)).isFalse();
        assertThat(shown.test(unchanged)).isTrue();
    }
}
