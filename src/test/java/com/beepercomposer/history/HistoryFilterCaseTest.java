package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The filter's case-blind search, done without lower-casing every row. */
class HistoryFilterCaseTest {
    @Test
    void findsTheWordsInAnyCaseAnywhereInTheText() {
        assertThat(HistoryFilter.contains("Lunch at NOON today", "noon")).isTrue();
        assertThat(HistoryFilter.contains("ÄRGER im Büro", "ärger")).isTrue();
        assertThat(HistoryFilter.contains("xxnoo", "noon")).isFalse();
        assertThat(HistoryFilter.contains("noon", "noon")).isTrue();
        assertThat(HistoryFilter.contains("no", "noon")).isFalse();
        assertThat(HistoryFilter.contains(null, "noon")).isFalse();
        assertThat(HistoryFilter.contains("anything", "")).isTrue();
    }
}
