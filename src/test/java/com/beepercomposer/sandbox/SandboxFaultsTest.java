package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static com.beepercomposer.sandbox.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.SendMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fault knobs and the standalone entry point. */
class SandboxFaultsTest {
    private static SandboxServer server;
    private static BeeperClient client;

    @BeforeAll
    static void startSandbox() {
        server = SandboxFixture.start(SandboxServer.builder());
        client = client(server);
    }

    @AfterEach
    void resetFaults() {
        server.faults().reset();
    }

    @AfterAll
    static void stopSandbox() {
        server.stop();
    }

    @Test
    void anErrorRateOfOneFailsOnlyTheChosenRoute() {
        server.faults().errorRate(FaultKnobs.SEND_ROUTE, 1.0, 503);
        ApiException e = failure(client.send(SandboxServer.DEFAULT_CHAT_ID, SendMessage.text("x")));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.code()).contains("SERVICE_UNAVAILABLE");
        assertThat(await(client.chat(SandboxServer.DEFAULT_CHAT_ID)).id()).isEqualTo(SandboxServer.DEFAULT_CHAT_ID);
    }

    @Test
    void allRoutesCanFailWith500() {
        server.faults().errorRate(FaultKnobs.ALL_ROUTES, 1.0, 500);
        assertThat(failure(client.accounts()).status()).isEqualTo(500);
        server.faults().errorRate(FaultKnobs.ALL_ROUTES, 0, 500);
        assertThat(await(client.accounts())).isNotEmpty();
    }

    @Test
    void helpPrintsUsageWithoutStarting() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = SandboxMain.run(new String[] {"--sandbox-only", "--help"}, new PrintStream(out, true,
                StandardCharsets.UTF_8), System.err, new CountDownLatch(0));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--sandbox-only", "--port", "--token");
        assertThat(SandboxMain.handles(new String[] {"--sandbox-only"})).isTrue();
        assertThat(SandboxMain.handles(new String[] {})).isFalse();
    }

    @Test
    void standaloneModePrintsUrlAndTokenAndStopsOnSignal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // An already-released latch stands in for Ctrl+C: the server starts, prints, then stops.
        int code = SandboxMain.run(new String[] {"--sandbox-only", "--port", "0", "--token", "fixed-token"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, new CountDownLatch(0));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BEEPER_BASE_URL=http://127.0.0.1:",
                "BEEPER_ACCESS_TOKEN=fixed-token");
    }

    @Test
    void badOptionsExitWithUsage() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SandboxMain.run(new String[] {"--sandbox-only", "--port"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(0));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing value for --port");
    }
}
