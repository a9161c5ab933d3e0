package com.beepercomposer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class-data archive {@code mvn javafx:run} maps: Java's and JavaFX's classes, made when a run
 * that had none quits. The plugin starts the app from {@code target/classes}, and Java 17 maps no
 * archive whose class path has a non-empty directory where the archive has a class path entry; an
 * archive made with no class path at all, and JavaFX on the module path as the plugin puts it, is
 * valid for any class path. So the run's JVM records the classes it loads
 * ({@code -XX:DumpLoadedClassList}), and as it quits, a separate JVM dumps the ones it can find with
 * that module path and no class path (the app's own classes are left out) into the archive the
 * next runs map ({@code -XX:SharedArchiveFile}). A run that maps it does nothing here. The pom's
 * javafx-maven-plugin options turn this on with {@value #PROPERTY}; nothing else sets it.
 */
public final class RunArchive {
    private static final Logger LOG = LoggerFactory.getLogger(RunArchive.class);
    /** The system property naming the archive; the class list the run records sits beside it. */
    static final String PROPERTY = "beepercomposer.runArchive";

    private final Path archive;
    private final String javaHome;
    private final String modulePath;
    private final List<String> modules;

    RunArchive(Path archive, String javaHome, String modulePath, List<String> modules) {
        this.archive = archive;
        this.javaHome = javaHome;
        this.modulePath = modulePath;
        this.modules = List.copyOf(modules);
    }

    /** The archive this run was told to keep, with the JVM's own Java and JavaFX modules, if any. */
    static Optional<RunArchive> ofThisRun() {
        String archive = System.getProperty(PROPERTY);
        String modulePath = System.getProperty("jdk.module.path");
        if (archive == null || archive.isBlank() || modulePath == null) {
            return Optional.empty();
        }
        List<String> javafx = ModuleLayer.boot().modules().stream().map(Module::getName)
                .filter(name -> name.startsWith("javafx.")).sorted().toList();
        return Optional.of(new RunArchive(Path.of(archive), System.getProperty("java.home"), modulePath, javafx));
    }

    /** True when this JVM runs with class-data sharing: it mapped the archive (or it would be off). */
    static boolean sharing() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    Path classList() {
        return sibling(".classlist");
    }

    /** What the archive was made for; an archive made for this setup that still does not map is not made again. */
    Path stamp() {
        return sibling(".stamp");
    }

    Path logFile() {
        return sibling(".log");
    }

    private Path sibling(String suffix) {
        String name = archive.getFileName().toString();
        return archive.resolveSibling(name.replaceFirst("\\.jsa$", "") + suffix);
    }

    private String setup() {
        return String.join("\n", javaHome, System.getProperty("java.vm.version", ""), modulePath,
                String.join(",", modules)) + "\n";
    }

    /** Whether a run that quits now should make the archive: it mapped none, and none made for it exists. */
    boolean wanted(boolean sharing) throws IOException {
        if (sharing || modules.isEmpty() || !Files.isRegularFile(classList())) {
            return false;
        }
        return !(Files.isRegularFile(archive) && Files.isRegularFile(stamp())
                && Files.readString(stamp(), StandardCharsets.UTF_8).equals(setup()));
    }

    /** The JVM that dumps the archive from a snapshot of the recorded list: no class path, JavaFX as the run had it. */
    List<String> dumpCommand(Path list, Path into) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.add("-Xshare:dump");
        command.add("-XX:SharedClassListFile=" + list);
        command.add("-XX:SharedArchiveFile=" + into);
        command.add("--module-path");
        command.add(modulePath);
        command.add("--add-modules");
        command.add(String.join(",", modules));
        return command;
    }

    /**
     * Starts the dump and returns without waiting: it outlives this JVM (a few seconds of one core,
     * once). It gets a snapshot of the recorded list, whole lines only (this JVM still appends to
     * it), with the classes of the class path left out: the dump could not find them. A JVM of this
     * class runs it into a file of this process's own and moves the archive into place whole, so a
     * run starting meanwhile, or another quitting, never maps a half-written one.
     */
    Process start(String recorded, Predicate<String> onModulePath) throws IOException {
        String own = "." + ProcessHandle.current().pid();
        Path list = sibling(own + ".classlist");
        Path partial = sibling(own + ".jsa.part");
        Path stampPart = sibling(own + ".stamp");
        Files.write(list, toDump(recorded, onModulePath), StandardCharsets.ISO_8859_1);
        Files.writeString(stampPart, setup(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(javaHome, "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunArchive.class.getName(),
                partial.toString(), archive.toString(), list.toString(), stampPart.toString(), stamp().toString()));
        command.addAll(dumpCommand(list, partial));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile().toFile()).start();
    }

    /**
     * In the JVM {@link #start} starts: {@code PARTIAL ARCHIVE LIST NEW-STAMP STAMP DUMP-COMMAND...}.
     * Runs the dump into PARTIAL; if it succeeded, moves it onto ARCHIVE and then NEW-STAMP onto
     * STAMP (a failed dump leaves the old stamp, so a later run tries again). PARTIAL, LIST and
     * NEW-STAMP are gone either way.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path partial = Path.of(args[0]);
        Path archive = Path.of(args[1]);
        Path newStamp = Path.of(args[3]);
        int exit;
        try {
            exit = new ProcessBuilder(List.of(args).subList(5, args.length)).inheritIO().start().waitFor();
            if (exit == 0 && Files.isRegularFile(partial)) {
                archive.toFile().setWritable(true); // the JVM writes archives read-only; Windows keeps those
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.move(newStamp, Path.of(args[4]), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(Path.of(args[2]));
            Files.deleteIfExists(newStamp);
        }
        System.exit(exit);
    }

    /**
     * Whether the recorded list is this run's alone. Another JVM started with the same options (a
     * second javafx:run, the sandbox run alone) truncates the file and writes from its start while
     * this one goes on at its own offset, which leaves a run of NULs between them.
     */
    static boolean whole(String recorded) {
        return recorded.indexOf('\0') < 0;
    }

    /** The recorded list's whole lines (the last may still be being written) that the dump can use. */
    static List<String> toDump(String recorded, Predicate<String> onModulePath) {
        return recorded.substring(0, recorded.lastIndexOf('\n') + 1).lines()
                .filter(line -> dumpable(line, onModulePath)).toList();
    }

    /** A line of the class list naming a class the dump can load: comments and lambda forms stay. */
    static boolean dumpable(String line, Predicate<String> onModulePath) {
        String[] words = line.split(" ", 3);
        if (line.startsWith("@lambda-proxy")) {
            return words.length > 1 && onModulePath.test(words[1]);
        }
        return line.startsWith("#") || line.startsWith("@") || onModulePath.test(words[0]);
    }

    /** Whether a class, named as the class list names it ({@code java/lang/String}), is in a module of this JVM. */
    static Predicate<String> bootLayerClasses() {
        Set<String> packages = new HashSet<>();
        ModuleLayer.boot().modules().forEach(module -> module.getPackages()
                .forEach(name -> packages.add(name.replace('.', '/'))));
        return name -> name.lastIndexOf('/') > 0 && packages.contains(name.substring(0, name.lastIndexOf('/')));
    }

    /** Called as the app quits: makes the archive if this run wants one. Never fails the exit. */
    static void makeIfWanted() {
        ofThisRun().ifPresent(run -> {
            try {
                if (!run.wanted(sharing())) {
                    return;
                }
                String recorded = Files.readString(run.classList(), StandardCharsets.ISO_8859_1);
                if (!whole(recorded)) {
                    LOG.info("No class-data archive this time: another run wrote {} too; a later run makes it",
                            run.classList());
                    return;
                }
                run.start(recorded, bootLayerClasses());
                LOG.info("Making the class-data archive for the next runs: {} (log: {})", run.archive, run.logFile());
            } catch (IOException | RuntimeException e) {
                LOG.warn("No class-data archive for the next runs: {}", e.toString());
            }
        });
    }
}
