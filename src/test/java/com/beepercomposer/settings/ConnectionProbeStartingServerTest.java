package com.beepercomposer.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.sandbox.SandboxServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The built-in sandbox starts beside the window: the connection bar's check waits for it rather than failing. */
class ConnectionProbeStartingServerTest {
    private SandboxServer sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    void aCheckMadeBeforeTheServerListensAsksOnceItIsUp() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String token = "a-token-for-the-starting-sandbox";
        // No retries: a request sent before the server listens would be refused for good.
        BeeperClient client = new BeeperClient(ClientConfig.of("http://" + SandboxServer.HOST + ":" + port,
                AccessToken.of(token)).withRetries(0, Duration.ofMillis(10)));
        CompletableFuture<Void> serverUp = new CompletableFuture<>();

        CompletableFuture<ConnectionStatus> status = new ConnectionProbe(client, serverUp).check();
        assertFalse(status.isDone());
        sandbox = SandboxServer.builder().port(port).token(token).build().start();
        serverUp.complete(null);

        assertEquals(ConnectionStatus.State.CONNECTED, status.get(10, TimeUnit.SECONDS).state());
    }
}
