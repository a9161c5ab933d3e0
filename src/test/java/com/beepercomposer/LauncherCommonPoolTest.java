package com.beepercomposer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherCommonPoolTest {
    @Test
    void aSmallMachineGetsTwoThreadsSoAnswersDoNotStartAThreadEach() {
        assertThat(Launcher.commonPoolParallelism(null, 1)).isEqualTo("2");
        assertThat(Launcher.commonPoolParallelism(null, 2)).isEqualTo("2");
    }

    @Test
    void aLargerMachineKeepsTheUsualSize() {
        assertThat(Launcher.commonPoolParallelism(null, 8)).isEqualTo("7");
    }

    @Test
    void whatTheUserSetIsKept() {
        assertThat(Launcher.commonPoolParallelism("1", 2)).isNull();
    }
}
