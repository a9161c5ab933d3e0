package com.beepercomposer;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.AppDirectories;
import com.beepercomposer.settings.SavedConnection;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the connection back and forth leaves nothing behind: after 30 switches between the
 * sandbox and a Beeper Desktop, the threads and open file descriptors are back where they
 * started (within a small constant) and every old window can be collected.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledOnOs(OS.LINUX)
class ConnectionSwitchLeakTest {
    private static final String TOKEN = "desktop-token";
    private static final int SWITCHES = 30;
    private static final int THREAD_SLACK = 4;
    private static final int FD_SLACK = 8;

    @TempDir
    Path dataDir;
    /** A second sandbox standing in for Beeper Desktop: a real server, event socket included. */
    private SandboxServer desktop;
    private App app;
    /** Threads that were there before the app started: other tests' in this JVM. */
    private List<String> threadsOfOthers;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty(AppDirectories.PROPERTY, dataDir.toString());
        desktop = SandboxServer.builder().token(TOKEN).build().start();
        threadsOfOthers = threadNames();
        app = new App();
        app.init();
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                app.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        desktop.stop();
        System.clearProperty(AppDirectories.PROPERTY);
    }

    @Test
    void thirtySwitchesLeaveNoThreadsDescriptorsOrWindowsBehind(FxRobot robot) throws Exception {
        SavedConnection sandbox = SavedConnection.SANDBOX;
        SavedConnection beeper = SavedConnection.desktop(desktop.baseUrl(),
                AccessToken.of(TOKEN));
        // Two warm-up switches: classes, fonts and shared timers that exist once per process.
        switchTo(robot, beeper);
        switchTo(robot, sandbox);
        settle(() -> newSelectors(threadsOfOthers) == 1, 30);
        int threadsBefore = threads();
        List<String> namesBefore = threadNames();
        long fdsBefore = openDescriptors();

        List<WeakReference<Object>> oldWindows = new ArrayList<>();
        for (int i = 0; i < SWITCHES; i++) {
            oldWindows.add(new WeakReference<>(app.window()));
            switchTo(robot, i % 2 == 0 ? beeper : sandbox);
        }

        settle(() -> threads() <= threadsBefore + THREAD_SLACK && openDescriptors() <= fdsBefore + FD_SLACK
                && oldWindows.stream().allMatch(w -> w.get() == null) && newSelectors(threadsOfOthers) == 1, 60);
        System.out.printf("Connection switches: %d; threads %d -> %d; open descriptors %d -> %d%n", SWITCHES,
                threadsBefore, threads(), fdsBefore, openDescriptors());
        List<String> extra = new ArrayList<>(threadNames());
        namesBefore.forEach(extra::remove);
        System.out.println("Threads now that were not there before: " + extra);
        assertThat(oldWindows).allMatch(w -> w.get() == null, "collected after GC");
        assertThat(threads()).isLessThanOrEqualTo(threadsBefore + THREAD_SLACK);
        assertThat(newSelectors(threadsOfOthers)).as("HTTP clients made since that are alive: the current session's only")
                .isEqualTo(1);
        assertThat(threadNames()).filteredOn(name -> name.startsWith("network-"))
                .map(name -> name.replaceAll("^network-(\\d+).*", "$1")).as("network threads of one session")
                .containsOnly(threadNames().stream().filter(name -> name.startsWith("network-"))
                        .map(name -> name.replaceAll("^network-(\\d+).*", "$1")).findFirst().orElse(""));
        assertThat(openDescriptors()).isLessThanOrEqualTo(fdsBefore + FD_SLACK);
    }

    private void switchTo(FxRobot robot, SavedConnection choice) throws Exception {
        AtomicReference<CompletableFuture<Void>> shown = new AtomicReference<>();
        robot.interact(() -> shown.set(app.switchTo(choice)));
        shown.get().get(30, TimeUnit.SECONDS);
    }

    /**
     * Collects garbage until the condition holds or the time is up. A closed HTTP client's
     * selector thread ends only once the client is collected, and notices it within seconds.
     */
    private static void settle(BooleanSupplier done, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                System.gc();
                return done.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertions below say what is left
        }
    }

    /** Every thread of this JVM: the app's, and the stand-in Beeper Desktop's. */
    private static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .sorted().toList();
    }

    /** The app's HTTP clients alive now; other tests in this JVM may keep their own. */
    private static long newSelectors(List<String> namesBefore) {
        return threadNames().stream().filter(name -> name.endsWith("SelectorManager"))
                .filter(name -> !namesBefore.contains(name)).count();
    }

    private static int threads() {
        return threadNames().size();
    }

    private static long openDescriptors() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
