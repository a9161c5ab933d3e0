import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.SendMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Sending: N messages one after another through our client, against one curl process sending
 * the same N requests over a kept-alive connection, to the same standalone sandbox. Reports the
 * per-message time of each and their ratio.
 */
public class SendBench {
    static final int MESSAGES = 500;
    static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        try (StandaloneSandbox sandbox = StandaloneSandbox.start("--confirm-delay-ms", "100000")) {
            String baseUrl = sandbox.baseUrl();
            String chat = "1201";
            String url = baseUrl + "/v1/chats/" + chat + "/messages";
            Path config = Files.createTempFile("send-bench", ".curl");
            StringBuilder requests = new StringBuilder();
            for (int i = 0; i < MESSAGES; i++) {
                requests.append("url = \"").append(url).append("\"\n")
                        .append("header = \"Authorization: Bearer ").append(StandaloneSandbox.TOKEN).append("\"\n")
                        .append("header = \"Content-Type: application/json\"\n")
                        .append("data = \"{\\\"text\\\":\\\"bench ").append(i).append("\\\"}\"\n")
                        .append("output = \"/dev/null\"\n")
                        .append(i < MESSAGES - 1 ? "next\n" : "");
            }
            Files.writeString(config, requests);
            try {
                BeeperClient client = new BeeperClient(ClientConfig.of(baseUrl, AccessToken.of(StandaloneSandbox.TOKEN)));
                for (int i = 0; i < 50; i++) {
                    client.send(chat, SendMessage.text("warm-up " + i)).get(10, TimeUnit.SECONDS);
                }
                double curlBest = Double.MAX_VALUE;
                double clientBest = Double.MAX_VALUE;
                for (int round = 0; round < ROUNDS; round++) {
                    long start = System.nanoTime();
                    int exit = new ProcessBuilder("curl", "-s", "-K", config.toString()).inheritIO().start().waitFor();
                    curlBest = Math.min(curlBest, (System.nanoTime() - start) / 1e9);
                    if (exit != 0) {
                        throw new IllegalStateException("curl failed with exit code " + exit);
                    }
                    start = System.nanoTime();
                    for (int i = 0; i < MESSAGES; i++) {
                        client.send(chat, SendMessage.text("bench " + i)).get(10, TimeUnit.SECONDS);
                    }
                    clientBest = Math.min(clientBest, (System.nanoTime() - start) / 1e9);
                }
                System.out.printf("%n%d sends one after another, best of %d%n", MESSAGES, ROUNDS);
                System.out.printf("  curl (one process, keep-alive) %7.3f ms per message%n", curlBest * 1000 / MESSAGES);
                System.out.printf("  BeeperClient                   %7.3f ms per message%n", clientBest * 1000 / MESSAGES);
                System.out.printf("  throughput ratio client/curl: %.2f (target >= 1.00)%n", curlBest / clientBest);
            } finally {
                Files.deleteIfExists(config);
            }
        }
    }
}
