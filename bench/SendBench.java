import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.SqliteSendLog;
import com.beepercomposer.work.Workers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Sending 500 messages to the same standalone sandbox, one after another and with 64 in flight:
 * our client alone, and the app's whole send (history row on disk first, through SQLite, then
 * the request, then the row updated), against the official TypeScript SDK doing the same in the
 * same run (bench/sdk-check/send-bench.mjs); curl over one kept-alive connection as a floor.
 * Each figure is the best of the rounds; a round runs every contestant once, interleaved.
 */
public class SendBench {
    static final int MESSAGES = 500;
    static final int IN_FLIGHT = 64;
    static final int ROUNDS = 3;
    static final String CHAT = "1201";

    public static void main(String[] args) throws Exception {
        // As the app's main class does, before anything uses the common pool.
        com.beepercomposer.Launcher.widenCommonPool();
        Path sdkDir = Path.of("bench/sdk-check");
        boolean sdk = installSdk(sdkDir);
        Path dir = Files.createTempDirectory("send-bench");
        Path curlConfig = dir.resolve("requests.curl");
        try (StandaloneSandbox sandbox = StandaloneSandbox.start("--confirm-delay-ms", "100000");
             SqliteSendLog log = SqliteSendLog.open(dir.resolve("history.db"))) {
            String baseUrl = sandbox.baseUrl();
            Files.writeString(curlConfig, curlRequests(baseUrl + "/v1/chats/" + CHAT + "/messages"));
            ExecutorService network = Workers.newNetworkExecutor("bench");
            Workers workers = Workers.start();
            BeeperClient client = new BeeperClient(ClientConfig.of(baseUrl, AccessToken.of(StandaloneSandbox.TOKEN)), network);
            ConnectionRef here = ConnectionRef.sandbox(client.config().baseUri());
            Sender sender = new Sender(client, log, Clock.systemUTC(), workers.history(), () -> here);
            ChatSummary chat = ChatSummary.of(client.chat(CHAT).get(10, TimeUnit.SECONDS));

            IntFunction<CompletableFuture<?>> clientSend = i -> client.send(CHAT, SendMessage.text("bench " + i));
            IntFunction<CompletableFuture<?>> appSend = i -> sender.send(new Draft(chat, "bench " + i, null, null, null), null);
            for (int i = 0; i < 50; i++) {
                clientSend.apply(i).get(10, TimeUnit.SECONDS);
                appSend.apply(i).get(10, TimeUnit.SECONDS);
            }
            double[] best = new double[7];
            java.util.Arrays.fill(best, Double.MAX_VALUE);
            for (int round = 0; round < ROUNDS; round++) {
                best[0] = Math.min(best[0], curl(curlConfig));
                if (sdk) {
                    double[] sdkTimes = sdk(sdkDir, baseUrl);
                    best[1] = Math.min(best[1], sdkTimes[0]);
                    best[2] = Math.min(best[2], sdkTimes[1]);
                }
                best[3] = Math.min(best[3], sequential(clientSend));
                best[4] = Math.min(best[4], inFlight(clientSend));
                best[5] = Math.min(best[5], sequential(appSend));
                best[6] = Math.min(best[6], inFlight(appSend));
            }
            System.out.printf("%n%d sends to the sandbox, best of %d (ms per message)%n", MESSAGES, ROUNDS);
            System.out.printf("  %-40s %8s %14s%n", "", "one by one", IN_FLIGHT + " in flight");
            row("curl (one process, keep-alive)", best[0], Double.NaN);
            if (sdk) {
                row("official TypeScript SDK", best[1], best[2]);
            }
            row("BeeperClient.send", best[3], best[4]);
            row("the app's send (history on disk first)", best[5], best[6]);
            if (sdk) {
                System.out.printf("  SDK time / ours, one by one: client %.2f, app %.2f (target >= 1.00)%n",
                        best[1] / best[3], best[1] / best[5]);
                System.out.printf("  SDK time / ours, %d in flight: client %.2f, app %.2f (target >= 1.00)%n",
                        IN_FLIGHT, best[2] / best[4], best[2] / best[6]);
            }
            System.out.printf("  curl time / ours, one by one: client %.2f%n", best[0] / best[3]);
            workers.close();
            network.shutdownNow();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    static void row(String name, double sequential, double parallel) {
        System.out.printf("  %-40s %8.3f %14s%n", name, sequential * 1000 / MESSAGES,
                Double.isNaN(parallel) ? "" : String.format("%.3f", parallel * 1000 / MESSAGES));
    }

    static double sequential(IntFunction<CompletableFuture<?>> send) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < MESSAGES; i++) {
            send.apply(i).get(10, TimeUnit.SECONDS);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static double inFlight(IntFunction<CompletableFuture<?>> send) throws Exception {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> all = new ArrayList<>(MESSAGES);
        long start = System.nanoTime();
        for (int i = 0; i < MESSAGES; i++) {
            slots.acquire();
            all.add(send.apply(i).whenComplete((result, error) -> slots.release()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        return (System.nanoTime() - start) / 1e9;
    }

    static double curl(Path config) throws Exception {
        long start = System.nanoTime();
        int exit = new ProcessBuilder("curl", "-s", "-K", config.toString()).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("curl failed with exit code " + exit);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The SDK's own timings, taken inside its process (its start-up and warm-up not counted). */
    static double[] sdk(Path dir, String baseUrl) throws Exception {
        ProcessBuilder node = new ProcessBuilder("node", "send-bench.mjs", CHAT, String.valueOf(MESSAGES),
                String.valueOf(IN_FLIGHT)).directory(dir.toFile()).redirectErrorStream(true);
        node.environment().put("BEEPER_BASE_URL", baseUrl);
        node.environment().put("BEEPER_ACCESS_TOKEN", StandaloneSandbox.TOKEN);
        Process process = node.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the SDK bench failed: " + out);
        }
        String[] lines = out.split("\n");
        String[] figures = lines[lines.length - 1].trim().split(" ");
        return new double[] {Double.parseDouble(figures[0]) / 1000, Double.parseDouble(figures[1]) / 1000};
    }

    /** The SDK as pinned by the conformance suite's lock file; without node/npm it is left out. */
    static boolean installSdk(Path dir) {
        if (Files.isDirectory(dir.resolve("node_modules/@beeper/desktop-api"))) {
            return true;
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--silent").directory(dir.toFile()).inheritIO().start();
            return npm.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            System.out.println("node/npm not found: the SDK reference is left out (" + e.getMessage() + ")");
            return false;
        }
    }

    static String curlRequests(String url) {
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i < MESSAGES; i++) {
            requests.append("url = \"").append(url).append("\"\n")
                    .append("header = \"Authorization: Bearer ").append(StandaloneSandbox.TOKEN).append("\"\n")
                    .append("header = \"Content-Type: application/json\"\n")
                    .append("data = \"{\\\"text\\\":\\\"bench ").append(i).append("\\\"}\"\n")
                    .append("output = \"/dev/null\"\n")
                    .append(i < MESSAGES - 1 ? "next\n" : "");
        }
        return requests.toString();
    }
}
