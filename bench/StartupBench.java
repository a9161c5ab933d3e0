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
        List<Double> empty = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            empty.add(time("empty"));
            app.add(time("app"));
        }
        double e = median(empty);
        double a = median(app);
        System.out.printf("%nstart-up to a shown window, median of %d fresh JVMs (Monocle headless)%n", ROUNDS);
        System.out.printf("  empty JavaFX window  %6.0f ms%n", e);
        System.out.printf("  Beeper Composer      %6.0f ms%n", a);
        System.out.printf("  ratio app/empty: %.2f (target <= 1.50)%n", a / e);
    }

    static double time(String which) throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("startup-bench");
        ProcessBuilder builder = new ProcessBuilder("java", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1600x1200-32", "-Dbeepercomposer.dataDir=" + data,
                "-cp", System.getProperty("java.class.path"), "StartupBench", which)
                .redirectErrorStream(true);
        builder.environment().remove("BEEPER_ACCESS_TOKEN");
        long start = System.nanoTime();
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.contains("SHOWN")) {
                double ms = (System.nanoTime() - start) / 1e6;
                process.destroy();
                return ms;
            }
        }
        throw new IllegalStateException(which + " never showed its window");
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
