package com.beepercomposer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training start the packaging records its class-data archive from: with
 * beepercomposer.exitWhenShown the app shows its window and then quits by itself, cleanly, so
 * the JVM can write what it recorded.
 */
class TrainingStartTest {
    @TempDir
    Path data;

    @Test
    void theAppQuitsByItselfOnceItsWindowIsShown() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + App.EXIT_WHEN_SHOWN + "=true", "-Dbeepercomposer.dataDir=" + data,
                "-D" + App.NO_KEYRING + "=true"));
        for (String property : List.of("glass.platform", "monocle.platform", "headless.geometry", "prism.order",
                "prism.text", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("out.log").toFile());
        builder.environment().remove("BEEPER_ACCESS_TOKEN");
        builder.environment().remove("BEEPER_BASE_URL");
        Process app = builder.start();
        try {
            boolean ended = app.waitFor(2, TimeUnit.MINUTES);
            assertThat(ended).as("the app quit by itself; its output: %s", Files.readString(data.resolve("out.log")))
                    .isTrue();
            assertThat(app.exitValue()).isZero();
        } finally {
            app.destroyForcibly();
        }
    }
}
