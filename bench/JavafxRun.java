import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as {@code mvn javafx:run} starts the app: JavaFX on the module path, everything else on
 * the class path behind target/classes, and the plugin's options from pom.xml, which map the
 * class-data archive the first run makes as it quits (com.beepercomposer.RunArchive). Monocle cannot
 * join JavaFX on the module path without {@code --patch-module}, which turns class-data sharing off,
 * so this part runs on an X display: $DISPLAY, or an Xvfb it starts; without either it is skipped.
 * The reference is an empty window started the same way on the same display; the app is timed on
 * a first start and, with pom.xml's options, on a returning person's data folder too.
 */
final class JavafxRun {
    static final List<String> MODULES = List.of("--add-modules", "javafx.base,javafx.controls,javafx.fxml,javafx.graphics");

    static void measure() throws Exception {
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = ":97";
            try {
                xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1600x1200x24")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Thread.sleep(1000);
            } catch (java.io.IOException e) {
                System.out.println("  mvn javafx:run: skipped, it needs an X display ($DISPLAY or Xvfb on the PATH)");
                return;
            }
        }
        try {
            measureOn(display);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private static void measureOn(String display) throws Exception {
        List<String> modulePath = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        for (String entry : StartupBench.classPath.split(java.io.File.pathSeparator)) {
            (Path.of(entry).getFileName().toString().startsWith("javafx-") ? modulePath : classPath).add(entry);
        }
        List<String> layout = new ArrayList<>(List.of("--module-path", String.join(java.io.File.pathSeparator, modulePath)));
        layout.addAll(MODULES);
        layout.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath)));

        Path folder = Files.createDirectories(Path.of("target", "startup-bench-run").toAbsolutePath());
        List<String> pomOptions = new ArrayList<>();
        for (String option : StartupBench.javafxRunOptions()) {
            pomOptions.add(option.replace(Path.of("target").toAbsolutePath().toString(), folder.toString()));
        }
        Path archive = makeArchive(folder, pomOptions, layout, display);

        List<String> before = layout;
        List<String> now = new ArrayList<>(pomOptions);
        now.addAll(layout);
        List<String> compiled = new ArrayList<>(List.of(StartupBench.compilerOptions(pomOptions)));
        compiled.addAll(layout);
        double[] medians = StartupBench.medians(() -> StartupBench.time("empty", layout, display),
                () -> StartupBench.time("empty", compiled, display),
                () -> StartupBench.time("app", before, display), () -> StartupBench.time("app", now, display),
                () -> StartupBench.time("app", now, display, true));
        double e = medians[0];
        double ec = medians[1];
        double b = medians[2];
        double w = medians[3];
        double r = medians[4];
        System.out.printf("  as mvn javafx:run starts it (JavaFX on the module path, target/classes; X display %s):%n", display);
        System.out.printf("    empty JavaFX window                           %6.0f ms%n", e);
        System.out.printf("    Beeper Composer, no options                   %6.0f ms%n", b);
        System.out.printf("    Beeper Composer, pom.xml's options            %6.0f ms  %s (archive %d MB)%n", w, pomOptions,
                Files.size(archive) >> 20);
        System.out.printf("    Beeper Composer, pom.xml's options, returning %6.0f ms  (a saved draft and preferences)%n",
                r);
        System.out.printf("    empty JavaFX window with pom.xml's compiler options %s %6.0f ms%n",
                List.of(StartupBench.compilerOptions(pomOptions)), ec);
        System.out.printf("    ratio app/empty: pom.xml's options %.2f (no options %.2f; target <= 2.0); to the empty"
                + " window with the same compiler options %.2f%n", w / e, b / e, w / ec);
        System.out.printf("    ratio returning/empty: pom.xml's options %.2f (target <= 2.0)%n", r / e);
    }

    /** One start that quits once shown makes the archive as the first javafx:run does; this waits for its dump. */
    private static Path makeArchive(Path folder, List<String> pomOptions, List<String> layout, String display)
            throws Exception {
        Path archive = Path.of(pomOptions.stream().filter(o -> o.startsWith("-XX:SharedArchiveFile="))
                .findFirst().orElseThrow(() -> new IllegalStateException("pom.xml maps no archive for javafx:run"))
                .substring("-XX:SharedArchiveFile=".length()));
        try (var old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Path data = Files.createTempDirectory("startup-bench");
        List<String> options = new ArrayList<>(pomOptions);
        options.addAll(layout);
        options.addAll(List.of("-Dbeepercomposer.exitWhenShown=true", "-Dbeepercomposer.noKeyring=true"));
        ProcessBuilder builder = StartupBench.jvm(options, data, display, "com.beepercomposer.Launcher")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (!builder.start().waitFor(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the training start did not quit");
        }
        // The dump runs on after the app in a JVM of its own, and moves the archive into place whole.
        for (int waited = 0; !Files.isRegularFile(archive); waited++) {
            if (waited > 1200) {
                throw new IllegalStateException("the first run made no archive in 2 minutes: see " + folder);
            }
            Thread.sleep(100);
        }
        StartupBench.deleteTree(data);
        return archive;
    }
}
