import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Start-up to a usable window: a fresh JVM until the app's main window is shown (with its
 * sandbox started, history and preferences opened), against a fresh JVM showing an empty
 * JavaFX window. Both run headless on Monocle so the figures do not depend on a display.
 * Run through bench/run.sh, which compiles the benchmarks first.
 */
public class StartupBench {
    static final int ROUNDS = 5;
    static String classPath = System.getProperty("java.class.path");

    /** An empty window, the reference. */
    public static class EmptyWindow extends javafx.application.Application {
        @Override
        public void start(javafx.stage.Stage stage) {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1180, 860));
            stage.show();
            javafx.application.Platform.runLater(StartupBench::shown);
        }
    }

    /** The app itself, reporting once its window is up. */
    public static class AppWindow extends com.beepercomposer.App {
        @Override
        public void start(javafx.stage.Stage stage) {
            super.start(stage);
            javafx.application.Platform.runLater(StartupBench::shown);
        }
    }

    static void shown() {
        System.out.println("SHOWN");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            javafx.application.Application.launch(args[0].equals("app") ? AppWindow.class : EmptyWindow.class);
            return;
        }
        // Application Class-Data Sharing: one training start dumps the classes it loaded; later
        // starts map them instead of loading and verifying each.
        // Java 17's CDS archives classes from jars only: every contestant runs from jars.
        classPath = jarredClassPath();
        java.nio.file.Path archive = java.nio.file.Path.of("target", "startup-bench-app.jsa").toAbsolutePath();
        java.nio.file.Files.deleteIfExists(archive);
        time("app", "-XX:ArchiveClassesAtExit=" + archive);
        List<Double> empty = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        List<Double> shared = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            empty.add(time("empty"));
            app.add(time("app"));
            shared.add(time("app", "-XX:SharedArchiveFile=" + archive));
        }
        double e = median(empty);
        double a = median(app);
        double c = median(shared);
        System.out.printf("%nstart-up to a shown window, median of %d fresh JVMs (Monocle headless)%n", ROUNDS);
        System.out.printf("  empty JavaFX window                 %6.0f ms%n", e);
        System.out.printf("  Beeper Composer                     %6.0f ms%n", a);
        System.out.printf("  Beeper Composer, AppCDS archive     %6.0f ms%n", c);
        System.out.printf("  ratio app/empty: %.2f, with the archive %.2f (target <= 2.0)%n", a / e, c / e);
    }

    static double time(String which, String... jvmOptions) throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("startup-bench");
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1600x1200-32",
                "-Dbeepercomposer.dataDir=" + data, "-cp", classPath, "StartupBench", which));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("BEEPER_ACCESS_TOKEN");
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

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
