import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox in a process of its own (`--sandbox-only` on a free port), so a benchmark's JVM
 * holds only the client it measures.
 */
final class StandaloneSandbox implements AutoCloseable {
    static final String TOKEN = "bench-token";

    private final Process process;
    private final String baseUrl;

    private StandaloneSandbox(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static StandaloneSandbox start(String... extraArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-cp", System.getProperty("java.class.path"),
                "com.beepercomposer.Launcher", "--sandbox-only", "--port", "0", "--token", TOKEN));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream()));
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.contains("BEEPER_BASE_URL=")) {
                return new StandaloneSandbox(process, line.substring(line.indexOf('=') + 1).strip());
            }
        }
        process.destroy();
        throw new IllegalStateException("The standalone sandbox did not print its URL");
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
