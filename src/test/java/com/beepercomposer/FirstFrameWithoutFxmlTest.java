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
 * The window's first frame is drawn without FXML: the FXML loader's first use (its classes, the
 * XML parser, reflection) is the start-up's to pay only once a small view is opened later. Checked
 * in a JVM of its own, which lists every class as it loads it: the test JVM has long loaded them.
 */
class FirstFrameWithoutFxmlTest {
    static final String FIRST_FRAME = "FIRST FRAME LAID OUT";

    @TempDir
    Path data;

    /** The app, saying so on its output once its first frame is laid out, and quitting at once. */
    public static class Probe extends App {
        @Override
        public void start(javafx.stage.Stage stage) {
            super.start(stage);
            boolean[] pulsed = new boolean[1];
            // Inside the pulse itself: what the app keeps for after its first frame has not run yet.
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (!pulsed[0]) {
                    pulsed[0] = true;
                    System.out.println(FIRST_FRAME);
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            });
        }
    }

    /** Here, not in the probe: a main class that extends Application needs JavaFX on the module path. */
    public static void main(String[] args) {
        javafx.application.Application.launch(Probe.class, args);
    }

    @Test
    void noFxmlClassIsLoadedBeforeTheFirstFrame() throws Exception {
        Path out = data.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-Dbeepercomposer.dataDir=" + data.resolve("app"),
                "-D" + App.NO_KEYRING + "=true"));
        for (String property : List.of("glass.platform", "monocle.platform", "headless.geometry", "prism.order",
                "prism.text", "java.awt.headless", "beepercomposer.locale")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                FirstFrameWithoutFxmlTest.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        // The sandbox, whatever connection the machine running the tests has.
        builder.environment().remove("BEEPER_ACCESS_TOKEN");
        builder.environment().remove("BEEPER_BASE_URL");
        Process app = builder.start();
        try {
            assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the app quit at its first frame").isTrue();
            List<String> lines = Files.readAllLines(out);
            int firstFrame = lines.indexOf(FIRST_FRAME);
            assertThat(firstFrame).as("the first frame was reached; the output: %s", lines).isPositive();
            List<String> beforeIt = lines.subList(0, firstFrame);
            assertThat(beforeIt).as("the class log is read").anyMatch(line -> line.contains(" javafx.scene.control.Button "));
            assertThat(beforeIt.stream().filter(line -> line.contains(" javafx.fxml.")).toList()).isEmpty();
        } finally {
            app.destroyForcibly();
        }
    }
}
