package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Deferred work waits for a pulse of the node's window, runs once, and runs at once when asked for first. */
@ExtendWith(ApplicationExtension.class)
class AfterFirstFrameTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void runsOnceAfterTheWindowsFirstPulseNotBefore(FxRobot robot) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Label node = new Label("later");
        boolean[] ranBeforeShown = new boolean[1];
        robot.interact(() -> {
            new AfterFirstFrame.Deferred(node, runs::incrementAndGet);
            ranBeforeShown[0] = runs.get() > 0;
            stage.setScene(new Scene(new StackPane(node), 100, 100));
            stage.show();
            // Still in the same turn of the FX thread: no pulse has run yet.
            ranBeforeShown[0] |= runs.get() > 0;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() > 0);
        robot.interact(node::requestLayout);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(ranBeforeShown[0]).isFalse();
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void runsAtOnceWhenNeededBeforeAnyFrameAndNotAgain(FxRobot robot) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Label node = new Label("needed");
        robot.interact(() -> {
            AfterFirstFrame.Deferred deferred = new AfterFirstFrame.Deferred(node, runs::incrementAndGet);
            deferred.now();
            deferred.now();
            stage.setScene(new Scene(new StackPane(node), 100, 100));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.interact(node::requestLayout);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(runs.get()).isEqualTo(1);
    }
}
