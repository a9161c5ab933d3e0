package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An unsent row was final first: its timings say both steps. */
class UnsentTimingsTest {
    @Test
    void anUnsentRowSaysWhenItWasFinalAndWhenItWasUnsent() {
        SendRecord unsent = SendRecord.sending(Rows.T0, "c", null, "x", null, null, null, "{}")
                .pending("p", "c", Rows.T0.plusMillis(40))
                .settled(SendState.SENT, "m", null, Rows.T0.plusMillis(350))
                .unsent(Rows.T0.plusSeconds(90));

        assertThat(SendTimings.describe(unsent))
                .isEqualTo("pending after 40 ms, final after 350 ms, unsent after 1 min 30 s");
    }
}
