package com.beepercomposer;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.history.PendingResolver;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.ConnectionTarget;
import com.beepercomposer.settings.SavedConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's running parts: where it sends, its client, the sandbox when that is the
 * target, and the resolver following its pending sends. Changing the connection closes one
 * session and opens the next.
 */
final class Session implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final ConnectionTarget target;
    private final BeeperClient client;
    private final SandboxServer sandbox;
    private final CompletableFuture<Void> sandboxStarted;
    private PendingResolver resolver;

    private Session(ConnectionTarget target, SandboxServer sandbox, CompletableFuture<Void> sandboxStarted) {
        this.target = target;
        this.client = new BeeperClient(target.config());
        this.sandbox = sandbox;
        this.sandboxStarted = sandboxStarted;
    }

    /**
     * Opens a session for the choice. The sandbox binds a port chosen here and starts in the
     * background: a request that comes before it listens is refused and retried, as for any
     * server that is still starting.
     */
    static Session open(SavedConnection choice) {
        if (!choice.sandbox()) {
            return new Session(new ConnectionTarget(ClientConfig.of(choice.baseUrl(), choice.token()), false), null,
                    CompletableFuture.completedFuture(null));
        }
        int port = freeLoopbackPort();
        SandboxServer sandbox = SandboxServer.builder().port(port).build();
        CompletableFuture<Void> started = CompletableFuture.runAsync(sandbox::start);
        started.exceptionally(error -> {
            LOG.error("The built-in sandbox could not start on port {}", port, error);
            return null;
        });
        String baseUrl = "http://" + SandboxServer.HOST + ":" + port;
        LOG.info("Using the built-in sandbox at {}", baseUrl);
        return new Session(new ConnectionTarget(ClientConfig.of(baseUrl, AccessToken.of(sandbox.token())), true),
                sandbox, started);
    }

    ConnectionTarget target() {
        return target;
    }

    BeeperClient client() {
        return client;
    }

    /** Starts following this connection's pending sends, once its server can answer. */
    void follow(SendLog log, Executor io) {
        resolver = new PendingResolver(client, log, Clock.systemUTC(), PendingResolver.Polling.DEFAULT,
                EventStream.Backoff.DEFAULT);
        sandboxStarted.thenRunAsync(resolver::start, io);
    }

    /** Blocking (stops a server): call off the FX thread, or on exit. */
    @Override
    public void close() {
        if (resolver != null) {
            resolver.close();
        }
        if (sandbox != null) {
            sandboxStarted.handle((ok, error) -> null).join();
            sandbox.stop();
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the sandbox", e);
        }
    }
}
