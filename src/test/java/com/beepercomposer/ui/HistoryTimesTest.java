package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HistoryTimesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), PARIS);

    @Test
    void todayShowsTheTimeOnly() {
        HistoryTimes times = new HistoryTimes(NOW, Locale.US);
        assertThat(times.brief(Instant.parse("2026-11-25T13:03:27.120Z"))).isEqualTo("14:03:27");
    }

    @Test
    void anotherDayShowsAShortDateInTheLocalesOrder() {
        Instant yesterday = Instant.parse("2026-11-24T13:03:27Z");
        assertThat(new HistoryTimes(NOW, Locale.US).brief(yesterday)).isEqualTo("11/24/26");
        assertThat(new HistoryTimes(NOW, Locale.GERMANY).brief(yesterday)).isEqualTo("24.11.26");
        // Just before midnight UTC is already tomorrow in Paris: "today" is the local day.
        assertThat(new HistoryTimes(NOW, Locale.US).brief(Instant.parse("2026-11-24T23:30:00Z"))).isEqualTo("00:30:00");
    }

    @Test
    void theTooltipHasTheWholeMomentAndItsZone() {
        assertThat(new HistoryTimes(NOW, Locale.US).full(Instant.parse("2026-11-24T13:03:27.120Z")))
                .isEqualTo("Tuesday, November 24, 2026 14:03:27.120 Europe/Paris");
    }
}
