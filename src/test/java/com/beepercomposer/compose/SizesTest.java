package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizesTest {
    @Test
    void bytesReadAsPeopleSayThem() {
        assertThat(Sizes.human(512)).isEqualTo("512 B");
        assertThat(Sizes.human(1536)).isEqualTo("1.5 KB");
        assertThat(Sizes.human(5L * 1024 * 1024)).isEqualTo("5.0 MB");
        assertThat(Sizes.human(300L * 1024 * 1024)).isEqualTo("300 MB");
    }

    @Test
    void progressGivesSpeedAndTimeLeftOnceThereIsARate() {
        long mb = 1024 * 1024;
        assertThat(Sizes.progress(0, 10 * mb, 0)).isEqualTo("0 B of 10 MB");
        assertThat(Sizes.progress(2 * mb, 10 * mb, 1_000_000_000L)).isEqualTo("2.0 MB of 10 MB · 2.0 MB/s · 4 s left");
        assertThat(Sizes.progress(mb, 200 * mb, 1_000_000_000L)).endsWith("3 min 19 s left");
        assertThat(Sizes.progress(10 * mb, 10 * mb, 2_000_000_000L)).isEqualTo("10 MB of 10 MB · 5.0 MB/s");
    }
}
