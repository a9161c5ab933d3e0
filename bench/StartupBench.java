import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up to a usable window: a fresh JVM until the app's main window is shown (preferences,
 * theme and every view; the history and the sandbox open just after it), against a fresh JVM
 * showing an empty JavaFX window started the same way. Twice: as the packaged image starts (from
 * jars, with the class-data archive packaging/cds-archive.sh makes by a training start), headless
 * on Monocle; and as {@code mvn javafx:run} starts it ({@link JavafxRun}: JavaFX on the module path,
 * pom.xml's options with the archive its first run makes), on an X display. Each app start is timed
 * twice: a first start, on an empty data folder, and a returning person's, on a data folder holding
 * what the last exit saved (a draft and the preferences), which {@code init()} reads. Run through
 * bench/run.sh, which compiles the benchmarks first; {@code StartupBench phases} prints when init(),
 * start() and the first pulse end, {@code StartupBench try -XX:...} compares the app with and
 * without JVM options.
 */
public class StartupBench {
    static final int ROUNDS = 5;
    static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dheadless.geometry=1600x1200-32");
    static String classPath = System.getProperty("java.class.path");

    /** An empty window, the reference. */
    public static class EmptyWindow extends javafx.application.Application {
        @Override
        public void start(javafx.stage.Stage stage) {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1180, 860));
            stage.show();
            afterFirstPulse(stage.getScene(), StartupBench::shown);
        }
    }

    /** The app itself, reporting once its window is up. */
    public static class AppWindow extends com.beepercomposer.App {
        @Override
        public void start(javafx.stage.Stage stage) {
            super.start(stage);
            afterFirstPulse(stage.getScene(), StartupBench::shown);
        }
    }

    /** The app with the moments of its start printed, in ms since the JVM started ({@code phases}). */
    public static class AppPhases extends com.beepercomposer.App {
        static void mark(String what) {
            long since = java.time.Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(),
                    java.time.Instant.now()).toMillis();
            System.out.printf("%6d ms  %s (%s)%n", since, what, Thread.currentThread().getName());
        }

        @Override
        public void init() {
            mark("init() begins");
            super.init();
            mark("init() ends");
        }

        @Override
        public void start(javafx.stage.Stage stage) {
            mark("start() begins");
            super.start(stage);
            mark("start() ends, window shown");
            javafx.application.Platform.runLater(() -> {
                mark("first pulse done");
                System.exit(0); // not halt: a flight recording is written on exit

            });
        }
    }

    /**
     * Once the scene's first pulse has laid it out and drawn it: the window is on screen, and the
     * app's work kept for after its first frame has not had the machine yet.
     */
    static void afterFirstPulse(javafx.scene.Scene scene, Runnable then) {
        boolean[] pulsed = new boolean[1];
        scene.addPostLayoutPulseListener(() -> {
            if (!pulsed[0]) { // the pulse's listeners must not change inside it, so this one stays
                pulsed[0] = true;
                javafx.application.Platform.runLater(then);
            }
        });
    }

    static void shown() {
        System.out.println("SHOWN");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            if (!args[0].equals("empty")) {
                // As the app's main class does.
                com.beepercomposer.Launcher.widenCommonPool();
                com.beepercomposer.Launcher.beforeLaunch();
            }
            if (args[0].equals("phases")) {
                AppPhases.mark("main()");
            }
            javafx.application.Application.launch(switch (args[0]) {
                case "app" -> AppWindow.class;
                case "phases" -> AppPhases.class;
                default -> EmptyWindow.class;
            });
            return;
        }
        java.nio.file.Path archive = java.nio.file.Path.of("target", "startup-bench-app.jsa").toAbsolutePath();
        if (args.length > 1 && args[0].equals("try")) {
            // Trying JVM options: StartupBench try -XX:... compares the app with and without them.
            List<String> options = List.of(args).subList(1, args.length);
            double[] medians = medians(() -> time("app"), () -> time("app", options.toArray(String[]::new)));
            System.out.printf("app %.0f ms, with %s %.0f ms%n", medians[0], options, medians[1]);
            return;
        }
        // The packaged image runs from jars with a class-data archive made by a training start, as
        // packaging/build.sh makes it.
        String directories = classPath;
        classPath = jarredClassPath();
        List<String> imageOptions = imageOptions(archive);
        String[] image = imageOptions.toArray(String[]::new);
        double[] medians = medians(() -> time("empty"), () -> time("empty", compilerOptions(imageOptions)),
                () -> time("app", image), () -> time(true, "app", image));
        classPath = directories;
        double e = medians[0];
        double ec = medians[1];
        double i = medians[2];
        double r = medians[3];
        System.out.printf("%nstart-up to a shown window, median of %d fresh JVMs%n", ROUNDS);
        System.out.printf("  Monocle headless, class path:%n");
        System.out.printf("    empty JavaFX window                           %6.0f ms%n", e);
        System.out.printf("    Beeper Composer, the packaged image's         %6.0f ms  %s%n", i, imageOptions);
        System.out.printf("    Beeper Composer, the image's, returning       %6.0f ms  (a saved draft and preferences)%n",
                r);
        System.out.printf("    empty JavaFX window with the image's compiler options %s %6.0f ms%n",
                List.of(compilerOptions(imageOptions)), ec);
        System.out.printf("    ratio app/empty: packaged image %.2f (target <= 2.0); to the empty window with the"
                + " same compiler options %.2f%n", i / e, i / ec);
        System.out.printf("    ratio returning/empty: packaged image %.2f (target <= 2.0)%n", r / e);
        JavafxRun.measure();
    }

    /** The JVM options pom.xml gives the javafx-maven-plugin (its {@code <option>} elements). */
    static List<String> javafxRunOptions() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        int plugin = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>");
        List<String> options = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option>([^<]*)</option>")
                .matcher(pom.substring(plugin, pom.indexOf("</plugin>", plugin)));
        while (m.find()) {
            options.add(m.group(1).trim().replace("${project.build.directory}", java.nio.file.Path.of("target")
                    .toAbsolutePath().toString()));
        }
        return options;
    }

    /**
     * The packaged image's JVM options (packaging/build.sh's java-options) with its archive: the
     * training start and the dump are the ones packaging/cds-archive.sh runs.
     */
    static List<String> imageOptions(java.nio.file.Path archive) throws Exception {
        java.nio.file.Files.deleteIfExists(archive);
        ProcessBuilder training = new ProcessBuilder("packaging/cds-archive.sh", archive.toString(), classPath,
                "com.beepercomposer.Launcher").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        training.environment().put("CDS_TRAINING_OPTIONS", String.join(" ", HEADLESS));
        int exit = training.start().waitFor();
        if (exit != 0 || !java.nio.file.Files.exists(archive)) {
            throw new IllegalStateException("packaging/cds-archive.sh made no archive");
        }
        List<String> options = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--java-options [\"']([^\"']*)[\"']")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("packaging", "build.sh")));
        while (m.find()) {
            options.add(m.group(1).replace("$APPDIR/beeper-composer.jsa", archive.toString()));
        }
        return options;
    }

    /** The compiler options among these: the empty window started with them is a second reference. */
    static String[] compilerOptions(List<String> options) {
        return options.stream().filter(o -> o.startsWith("-XX:Tiered")).toArray(String[]::new);
    }

    static double time(String which, String... jvmOptions) throws Exception {
        return time(false, which, jvmOptions);
    }

    /** Headless, on the class path; {@code returning}: on a data folder as a previous run left it. */
    static double time(boolean returning, String which, String... jvmOptions) throws Exception {
        List<String> options = new ArrayList<>(List.of(jvmOptions));
        options.addAll(HEADLESS);
        options.addAll(List.of("-cp", classPath));
        return time(which, options, null, returning);
    }

    /** A fresh JVM with these options (class or module path among them), on this X display or headless (null). */
    static double time(String which, List<String> jvmOptions, String display) throws Exception {
        return time(which, jvmOptions, display, false);
    }

    /** As {@link #time(String, List, String)}; {@code returning}: on a data folder as a previous run left it. */
    static double time(String which, List<String> jvmOptions, String display, boolean returning) throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("startup-bench");
        if (returning) {
            leftByAPreviousRun(data);
        }
        ProcessBuilder builder = jvm(jvmOptions, data, display, "StartupBench", which);
        long start = System.nanoTime();
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.contains("SHOWN")) {
                double ms = (System.nanoTime() - start) / 1e6;
                process.waitFor();
                deleteTree(data);
                return ms;
            }
        }
        process.destroy();
        deleteTree(data);
        throw new IllegalStateException(which + " never showed its window");
    }

    /**
     * A fresh JVM's process: these options, a data folder of its own, no token from the
     * environment (the app would connect instead of starting its sandbox), on this X display or
     * headless (null); its error output joins its output.
     */
    static ProcessBuilder jvm(List<String> jvmOptions, java.nio.file.Path data, String display, String... main) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.add("-Dbeepercomposer.dataDir=" + data);
        command.addAll(List.of(main));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("BEEPER_ACCESS_TOKEN");
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        return builder;
    }

    /**
     * What every exit leaves in the data folder and the next start's {@code init()} reads: the
     * drafts (here one, in a chat of the sandbox's, open) and the preferences, written by the app's
     * own stores. No connection is saved: the app starts on its sandbox, as on a first start.
     */
    static void leftByAPreviousRun(java.nio.file.Path data) {
        String chat = com.beepercomposer.sandbox.SeedData.ERIN_CHAT_ID;
        com.beepercomposer.compose.SavedDraft draft = new com.beepercomposer.compose.SavedDraft(chat,
                "Running **ten minutes** late, see you at the station", null);
        if (!new com.beepercomposer.compose.DraftStore(data).save(
                new com.beepercomposer.compose.SavedDrafts(chat, java.util.Map.of(chat, draft)))) {
            throw new IllegalStateException("could not write the drafts into " + data);
        }
        java.nio.file.Path preferences = data.resolve("preferences.properties");
        new com.beepercomposer.settings.PreferencesStore(preferences).save(com.beepercomposer.settings.UiPreferences
                .DEFAULT.withBounds(120, 80, 1180, 860, false).withDividers(0.55, 0.7));
        if (!java.nio.file.Files.isRegularFile(preferences)) {
            throw new IllegalStateException("could not write the preferences into " + data);
        }
    }

    /** A fresh start to time, in ms. */
    interface Start {
        double time() throws Exception;
    }

    /**
     * Each start in turn, {@link #ROUNDS} times, so whatever else the machine does falls on all
     * of them alike, the order turned by one each round so no start always follows the same one
     * (the first would always come after the previous round's last app exit); the median of each,
     * in the order given.
     */
    static double[] medians(Start... starts) throws Exception {
        int n = starts.length;
        double[][] times = new double[n][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int s = 0; s < n; s++) {
                int which = (s + round) % n;
                times[which][round] = starts[which].time();
            }
        }
        return java.util.Arrays.stream(times).mapToDouble(Stats::median).toArray();
    }

    /** The class path with each directory (the app's and the benchmarks' classes) made a jar in target/. */
    static String jarredClassPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            java.nio.file.Path path = java.nio.file.Path.of(entry);
            if (!java.nio.file.Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            java.nio.file.Path jar = java.nio.file.Path.of("target", "startup-bench-" + path.getFileName() + ".jar").toAbsolutePath();
            java.nio.file.Files.deleteIfExists(jar);
            int exit = new ProcessBuilder("jar", "--create", "--file", jar.toString(), "-C", entry, ".").inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("jar failed for " + entry);
            }
            entries.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    static void deleteTree(java.nio.file.Path dir) throws java.io.IOException {
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(path);
            }
        }
    }
}
