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
        Process app = start(command);
        try {
            boolean ended = app.waitFor(2, TimeUnit.MINUTES);
            assertThat(ended).as("the app quit by itself; its output: %s", Files.readString(data.resolve("out.log")))
                    .isTrue();
            assertThat(app.exitValue()).isZero();
        } finally {
            app.destroyForcibly();
        }
    }

    /**
     * As mvn javafx:run starts it (JavaFX on the module path, pom.xml's options) with no archive to
     * map: as it quits, it leaves the archive of Java's and JavaFX's classes for the next run.
     * Monocle joins javafx.graphics with --patch-module, which keeps this run from sharing anyway.
     */
    @Test
    void aJavafxRunThatMapsNoArchiveLeavesOneAsItQuits() throws Exception {
        List<String> modulePath = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        String monocle = null;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("javafx-")) {
                modulePath.add(entry);
            } else if (name.startsWith("openjfx-monocle")) {
                monocle = entry;
            } else {
                classPath.add(entry);
            }
        }
        Path archive = data.resolve("javafx-run.jsa");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:SharedArchiveFile=" + archive,
                "-XX:DumpLoadedClassList=" + data.resolve("javafx-run.classlist"),
                "-D" + RunArchive.PROPERTY + "=" + archive,
                "--module-path", String.join(java.io.File.pathSeparator, modulePath),
                "--add-modules", "javafx.base,javafx.controls,javafx.fxml,javafx.graphics",
                "--patch-module", "javafx.graphics=" + monocle,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-D" + App.EXIT_WHEN_SHOWN + "=true", "-Dbeepercomposer.dataDir=" + data.resolve("app"),
                "-D" + App.NO_KEYRING + "=true",
                "-cp", String.join(java.io.File.pathSeparator, classPath), Launcher.class.getName()));
        Process app = start(command);
        try {
            assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the app quit; %s", Files.readString(data.resolve("out.log")))
                    .isTrue();
            // The dump runs on after the app, in a JVM of its own.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!dumped(data) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.size(archive)).as("the archive; its log: %s", Files.readString(data.resolve("javafx-run.log")))
                    .isGreaterThan(1 << 20);
            // Java's and JavaFX's classes are in it, the app's are not (they come from the class path).
            List<String> print = new ArrayList<>(List.of(command.get(0), "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                    "--module-path", String.join(java.io.File.pathSeparator, modulePath),
                    "--add-modules", "javafx.base,javafx.controls,javafx.fxml,javafx.graphics",
                    "-XX:+PrintSharedArchiveAndExit", "-XX:+PrintSharedDictionary"));
            Process check = new ProcessBuilder(print).redirectErrorStream(true).start();
            String archived = new String(check.getInputStream().readAllBytes());
            assertThat(check.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(archived).contains("archive is valid").contains("javafx.scene.control.Button ")
                    .doesNotContain("com.beepercomposer.");
            try (var left = Files.list(data)) {
                assertThat(left.map(path -> path.getFileName().toString()))
                        .noneMatch(name -> name.endsWith(".part") || name.matches("javafx-run\\.\\d+\\.classlist"));
            }
        } finally {
            app.destroyForcibly();
        }
    }

    /** The dump has ended: its archive is in place and no JVM is making one in this folder. */
    private static boolean dumped(Path data) {
        return Files.isRegularFile(data.resolve("javafx-run.jsa"))
                && ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine()
                        .map(line -> line.contains(RunArchive.class.getName()) && line.contains(data.toString()))
                        .orElse(false));
    }

    /** The app's own JVM, away from the person's connection, its output in out.log. */
    private Process start(List<String> command) throws java.io.IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("out.log").toFile());
        builder.environment().remove("BEEPER_ACCESS_TOKEN");
        builder.environment().remove("BEEPER_BASE_URL");
        return builder.start();
    }
}
