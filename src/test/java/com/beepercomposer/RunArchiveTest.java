package com.beepercomposer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunArchiveTest {
    @TempDir
    Path dir;

    private RunArchive archiveIn(Path folder, String modulePath) {
        return new RunArchive(folder.resolve("javafx-run.jsa"), System.getProperty("java.home"), modulePath,
                List.of("java.sql"));
    }

    @Test
    void aRunThatMapsNoArchiveMakesOneOnceForItsSetup() throws Exception {
        RunArchive run = archiveIn(dir, dir.toString());
        assertFalse(run.wanted(false), "nothing recorded yet");
        Files.writeString(run.classList(), "java/lang/Object id: 0\n");
        assertTrue(run.wanted(false));
        assertFalse(run.wanted(true), "a run that maps an archive leaves it alone");

        Files.writeString(dir.resolve("javafx-run.jsa"), "made");
        Files.writeString(run.stamp(), "another Java\n");
        assertTrue(run.wanted(false), "made for another Java or module path: made again");
    }

    @Test
    void theDumpKeepsTheModulesClassesAndLeavesTheClassPathsOut() {
        Predicate<String> modules = RunArchive.bootLayerClasses();
        assertTrue(RunArchive.dumpable("java/lang/String id: 3", modules));
        assertTrue(RunArchive.dumpable("# NOTE: Do not modify this file.", modules));
        assertTrue(RunArchive.dumpable("@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.Invokers$Holder x", modules));
        assertTrue(RunArchive.dumpable("@lambda-proxy java/util/stream/Collectors accept ()V", modules));
        assertFalse(RunArchive.dumpable("com/beepercomposer/App", modules), "from the class path");
        assertFalse(RunArchive.dumpable("@lambda-proxy com/beepercomposer/App run ()V", modules));
        assertFalse(RunArchive.dumpable("Unnamed", modules));
        assertThat(RunArchive.toDump("java/lang/Object id: 0\ncom/beepercomposer/App\njava/sql/Date\njava/lang/Str", modules))
                .as("the class path's classes and a line still being written are left out")
                .containsExactly("java/lang/Object id: 0", "java/sql/Date");
        assertTrue(RunArchive.whole("java/lang/Object id: 0\njava/sql/Date\n"));
        assertFalse(RunArchive.whole("# NOTE: Do not modify this file.\njava/lang/Object id: 0\n\0\0\0javafx/scene/Node\n"),
                "another JVM truncated the list and wrote its own while this one went on");
    }

    @Test
    void theDumpMakesAnArchiveAJvmWithAnyClassPathMaps() throws Exception {
        Path modulePath = Files.createDirectories(dir.resolve("modules"));
        RunArchive run = archiveIn(dir, modulePath.toString());
        Files.writeString(run.classList(), String.join("\n", "java/lang/Object id: 0", "java/sql/Date",
                "com/beepercomposer/App", "java/util/HashMap$Node", "java/lang/Str"));

        classesFolder();
        Process dump = run.start(Files.readString(run.classList()), RunArchive.bootLayerClasses());
        assertTrue(dump.waitFor(2, TimeUnit.MINUTES), "the dump finishes");
        assertEquals(0, dump.exitValue(), () -> log(run));
        assertFalse(run.wanted(false), "made for this setup");
        try (var left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .as("the snapshot of the list and the partial archive are gone")
                    .containsExactlyInAnyOrder("javafx-run.jsa", "javafx-run.classlist", "javafx-run.stamp",
                            "javafx-run.log", "modules", "classes");
        }

        Process mapping = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:SharedArchiveFile=" + dir.resolve("javafx-run.jsa"),
                "--module-path", modulePath.toString(), "--add-modules", "java.sql",
                "-cp", classesFolder().toString(), "-version")
                .redirectErrorStream(true).start();
        String output = new String(mapping.getInputStream().readAllBytes());
        assertTrue(mapping.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, mapping.exitValue(), output);
        assertTrue(output.contains("sharing"), output);
    }

    /** Like target/classes: a folder with classes in it, which the JVM would refuse in an archive's class path. */
    private Path classesFolder() throws java.io.IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/com/example"));
        Files.write(classes.resolve("Example.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        return dir.resolve("classes");
    }

    private static String log(RunArchive run) {
        try {
            return Files.readString(run.logFile());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void aDumpThatFailsLeavesTheOldStampSoALaterRunTriesAgain() throws Exception {
        RunArchive run = new RunArchive(dir.resolve("javafx-run.jsa"), System.getProperty("java.home"),
                Files.createDirectories(dir.resolve("modules")).toString(), List.of("no.such.module"));
        Files.writeString(run.classList(), "java/lang/Object id: 0\n");
        Files.writeString(dir.resolve("javafx-run.jsa"), "made for another Java");
        Files.writeString(run.stamp(), "another Java\n");

        Process dump = run.start(Files.readString(run.classList()), RunArchive.bootLayerClasses());
        assertTrue(dump.waitFor(2, TimeUnit.MINUTES), "the dump finishes");
        assertTrue(dump.exitValue() != 0, () -> log(run));

        assertEquals("another Java\n", Files.readString(run.stamp()));
        assertTrue(run.wanted(false), "tried again by the next run");
        try (var left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("javafx-run.jsa",
                    "javafx-run.classlist", "javafx-run.stamp", "javafx-run.log", "modules");
        }
    }
}
