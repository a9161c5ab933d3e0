package com.beepercomposer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app runs on the quick compiler only, however it is started: the packaged image, mvn
 * javafx:run, and the benchmarks that measure the app's own work must name the same compiler
 * options, or the figures describe a JVM nobody runs.
 */
class CompilerOptionsAgreeTest {
    private static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

    @Test
    void thePackagedImageJavafxRunAndTheBenchmarksUseTheSameCompiler() throws Exception {
        List<String> image = matches(Files.readString(Path.of("packaging", "build.sh")),
                "--java-options [\"']([^\"']*)[\"']");
        String pom = Files.readString(Path.of("pom.xml"));
        int plugin = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>");
        List<String> javafxRun = matches(pom.substring(plugin, pom.indexOf("</plugin>", plugin)),
                "<option>([^<]*)</option>");
        List<String> bench = matches(Files.readString(Path.of("bench", "run.sh")), "(?m)^APP_JVM=\\(([^)]*)\\)");

        assertThat(compilerOptions(image)).containsExactly(QUICK_COMPILER);
        assertThat(compilerOptions(javafxRun)).isEqualTo(compilerOptions(image));
        assertThat(compilerOptions(List.of(String.join(" ", bench).split(" ")))).isEqualTo(compilerOptions(image));
    }

    @Test
    void everyBenchmarkOfTheAppsOwnWorkRunsOnTheAppsCompiler() throws Exception {
        Pattern benchLine = Pattern.compile("\\bjava\\s.*?\\b(\\w+Bench)\\b");
        List<String> benchmarks = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("bench", "run.sh"))) {
            Matcher m = benchLine.matcher(line);
            if (!m.find()) {
                continue;
            }
            benchmarks.add(m.group(1));
            // The start-up bench alone starts plain: it starts each measured JVM with its own options.
            if (!m.group(1).equals("StartupBench")) {
                assertThat(line).as("bench/run.sh's %s", m.group(1)).contains("java \"${APP_JVM[@]}\" ");
            }
        }
        assertThat(benchmarks).contains("StartupBench", "UploadBench", "SendBench", "EditorBench", "HistoryBench");
    }

    private static List<String> compilerOptions(List<String> options) {
        return options.stream().map(String::trim).filter(o -> o.startsWith("-XX:Tiered")).toList();
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
