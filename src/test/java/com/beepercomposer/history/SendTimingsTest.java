package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendTimingsTest {

    @Test
    void describesEachStepFromTheSend() {
        assertThat(SendTimings.describe(Rows.sentText("x"))).isEqualTo("pending after 120 ms, final after 1.4 s");
        assertThat(SendTimings.describe(Rows.rejectedAttachment())).isEqualTo("rejected after 80 ms");
        SendRecord sending = SendRecord.sending(Rows.T0, "c", null, "x", null, null, null, "{}");
        assertThat(SendTimings.describe(sending)).isEqualTo("waiting for the server");
    }

    @Test
    void longDurationsReadInMinutes() {
        assertThat(SendTimings.duration(Rows.T0, Rows.T0.plusSeconds(125))).isEqualTo("2 min 5 s");
    }
}
