package com.beepercomposer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ExportFormat;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.history.SqliteSendLog;
import com.beepercomposer.settings.ConnectionProbe;
import com.beepercomposer.settings.ConnectionStatus;
import com.beepercomposer.settings.ConnectionStore;
import com.beepercomposer.settings.SavedConnection;
import com.beepercomposer.ui.Failures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A server that echoes the token back in every error, and tokens pasted with stray characters:
 * no copy of a token reaches the history file (and its WAL), an export, the log or a text the
 * window shows.
 */
class TokenNeverLeavesTest {
    private static final String TOKEN = "wellformed-secret-4d1c9e";
    /** Each would be refused: an inner zero-width space, a space, a line break, a non-ASCII letter. */
    private static final List<String> MALFORMED = List.of("zw-secret\u200B-7f3b21", "spaced secret-88a1c4",
            "line-secret\n-5e0d93", "s\u00E9cret-token-2b7a60");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void captureTheLog() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheLog() {
        System.setErr(originalErr);
    }

    @Test
    void noCopyOfAWellFormedOrMalformedTokenIsStoredExportedLoggedOrShown() throws Exception {
        Path history = dir.resolve("history.sqlite");
        try (MockWebServer server = echoingServer(); SqliteSendLog log = SqliteSendLog.open(history)) {
            ClientConfig config = ClientConfig.of("http://127.0.0.1:" + server.getPort(), AccessToken.of(TOKEN))
                    .withRetries(0, Duration.ofMillis(1));
            BeeperClient client = new BeeperClient(config);
            Sender sender = new Sender(client, log, Clock.systemUTC(), Runnable::run,
                () -> com.beepercomposer.history.ConnectionRef.desktop(config.baseUri()));
            Draft draft = Draft.EMPTY.withChat(new ChatSummary("!c:x", null, "Team", "matrix", false, false, null))
                    .withText("hello");

            // Refused with the token in the message and an issue; accepted with a body that is not JSON; a gateway's page.
            for (int i = 0; i < 3; i++) {
                Throwable failure = sender.send(draft, null).handle((row, error) -> error).get(5, TimeUnit.SECONDS);
                assertThat(failure).isNotNull();
                shown.add(Failures.describe(failure));
                LoggerFactory.getLogger(TokenNeverLeavesTest.class).error("send failed", com.beepercomposer.api.Causes.unwrap(failure));
            }
            ConnectionStatus probe = new ConnectionProbe(client).check().get(5, TimeUnit.SECONDS);
            shown.add(probe.detail());
            // What the JDK says of a header it refuses quotes the header; as a cause it is kept scrubbed.
            ApiException withQuotingCause = ApiException.transport(ApiException.Kind.CONNECTION_FAILED, "GET /v1/x",
                    new IllegalArgumentException("invalid header value: \"Bearer " + TOKEN + "\""));
            LoggerFactory.getLogger(TokenNeverLeavesTest.class).error("transport", withQuotingCause);
            shown.add(Failures.describe(new RuntimeException("echo: " + TOKEN)));

            List<SendRecord> rows = log.all();
            assertThat(rows).extracting(SendRecord::state)
                    .containsExactly(SendState.UNKNOWN, SendState.UNKNOWN, SendState.REJECTED);
            // The echo did happen: what the server said is kept, with the token masked.
            assertThat(rows.get(2).reason()).contains("[token]");
            assertThat(probe.detail()).contains("[token]");

            for (String token : MALFORMED) {
                assertThatThrownBy(() -> AccessToken.of(token)).isInstanceOf(IllegalArgumentException.class)
                        .satisfies(e -> shown.add(e.getMessage()))
                        .satisfies(e -> shown.add(Failures.describe(e)));
                Path saved = Files.createDirectories(dir.resolve("saved-" + shown.size()));
                new ConnectionStore(saved).save(SavedConnection.desktop("http://localhost:23373",
                        AccessToken.of("placeholder-token")));
                Files.writeString(saved.resolve("access-token"), token, StandardCharsets.UTF_8);
                assertThat(new ConnectionStore(saved).load()).isEqualTo(SavedConnection.SANDBOX);
            }

            List<String> exports = new ArrayList<>();
            for (ExportFormat format : ExportFormat.values()) {
                StringWriter out = new StringWriter();
                format.write(rows, out);
                exports.add(out.toString());
            }
            byte[] database = Files.readAllBytes(history);
            byte[] wal = Files.readAllBytes(Path.of(history + "-wal"));
            assertThat(wal.length).isPositive();
            String logged = stderr.toString(StandardCharsets.UTF_8);
            assertThat(logged).contains("send failed", "transport", "Ignoring unreadable connection settings");

            for (String secret : secrets()) {
                byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
                assertThat(indexOf(database, bytes)).as("history.sqlite holds " + secret).isEqualTo(-1);
                assertThat(indexOf(wal, bytes)).as("history.sqlite-wal holds " + secret).isEqualTo(-1);
                assertThat(exports).allSatisfy(export -> assertThat(export).doesNotContain(secret));
                assertThat(logged).doesNotContain(secret);
                assertThat(shown).allSatisfy(text -> assertThat(text).doesNotContain(secret));
            }
        }
    }

    @Test
    void aTokenPastedWithInvisibleCharactersAroundItIsTrimmedAndSentExactly() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body("[]").build());
            server.start();
            AccessToken pasted = AccessToken.of("\u200B\u00A0 " + TOKEN + "\r\n\uFEFF\u2060");
            assertThat(pasted.reveal()).isEqualTo(TOKEN);

            new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(), pasted)).accounts()
                    .get(5, TimeUnit.SECONDS);

            assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        }
    }

    @Test
    void aRefusedTokenIsNamedByWhatIsWrongNotByItself() {
        assertThatThrownBy(() -> AccessToken.of("zw-secret\u200B-7f3b21"))
                .hasMessageContaining("invisible character (U+200B)").hasMessageContaining("character 10 of 17")
                .hasMessageNotContaining("zw-secret").hasMessageNotContaining("7f3b21");
        assertThatThrownBy(() -> AccessToken.of("spaced secret-88a1c4")).hasMessageContaining("a space");
        assertThatThrownBy(() -> AccessToken.of("line-secret\n-5e0d93")).hasMessageContaining("a line break");
        assertThatThrownBy(() -> AccessToken.of("s\u00E9cret-token-2b7a60")).hasMessageContaining("U+00E9");
        assertThatThrownBy(() -> AccessToken.of(" \u200B\u00A0\n")).hasMessage("The access token is empty");
        assertThat(AccessToken.of("~!#$%&'*+-.^_`|0aZ").reveal()).isEqualTo("~!#$%&'*+-.^_`|0aZ");
    }

    /** Every token and every stretch of a malformed one between its bad characters, long enough to identify it. */
    private static List<String> secrets() {
        List<String> all = new ArrayList<>(List.of(TOKEN));
        for (String token : MALFORMED) {
            all.add(token);
            for (String part : token.split("[^\\x21-\\x7E]")) {
                if (part.length() >= 6) {
                    all.add(part);
                }
            }
        }
        return all;
    }

    private static MockWebServer echoingServer() throws Exception {
        MockWebServer server = new MockWebServer();
        AtomicInteger sends = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String auth = String.valueOf(request.getHeaders().get("Authorization"));
                String path = request.getTarget();
                if ("/v1/info".equals(path)) {
                    return json(200, "{\"app\":{\"name\":\"Beeper Desktop\",\"version\":\"4.2.900\"}}");
                }
                if (path.startsWith("/v1/accounts")) {
                    return json(500, "{\"code\":\"INTERNAL\",\"message\":\"Could not use " + auth + "\"}");
                }
                return switch (sends.getAndIncrement()) {
                    case 0 -> json(400, "{\"code\":\"BAD_REQUEST\",\"message\":\"Refused " + auth + "\","
                            + "\"details\":{\"issues\":[{\"code\":\"custom\",\"message\":\"not with " + auth
                            + "\",\"path\":[\"text\"]}]}}");
                    case 1 -> new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                            .body("<html>you sent " + auth + "</html>").build();
                    default -> new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                            .body("<html>upstream lost " + auth + "</html>").build();
                };
            }
        });
        server.start();
        return server;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
