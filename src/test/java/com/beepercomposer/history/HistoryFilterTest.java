package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryFilterTest {
    private final SendRecord sent = Rows.sentText("Lunch at noon?");
    private final SendRecord rejected = Rows.rejectedAttachment();

    @Test
    void blankMatchesEverything() {
        assertThat(HistoryFilter.ALL.test(sent)).isTrue();
        assertThat(new HistoryFilter("  ", null, null).test(rejected)).isTrue();
    }

    @Test
    void chatMatchesTitleOrID() {
        assertThat(new HistoryFilter("team", null, "").test(sent)).isTrue();
        assertThat(new HistoryFilter("WITH SPACE", null, "").test(rejected)).isTrue();
        assertThat(new HistoryFilter("team", null, "").test(rejected)).isFalse();
    }

    @Test
    void stateMatchesExactly() {
        assertThat(new HistoryFilter("", SendState.SENT, "").test(sent)).isTrue();
        assertThat(new HistoryFilter("", SendState.SENT, "").test(rejected)).isFalse();
    }

    @Test
    void textMatchesTheMessageAndItsIDs() {
        assertThat(new HistoryFilter("", null, "noon").test(sent)).isTrue();
        assertThat(new HistoryFilter("", null, "F7").test(sent)).isTrue();
        assertThat(new HistoryFilter("", null, "up-1").test(rejected)).isTrue();
        assertThat(new HistoryFilter("", null, "noon").test(rejected)).isFalse();
    }
}
