package com.beepercomposer;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.Account;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.PendingResolver;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.ConnectionTarget;
import com.beepercomposer.settings.SavedConnection;
import com.beepercomposer.work.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's running parts: where it sends, its client and the threads that client's
 * answers run on, the sandbox when that is the target, and the resolver following the pending
 * sends made through it. Closing a session stops everything it started, whatever state it is in,
 * so switching connections leaves nothing behind.
 */
final class Session implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final AtomicInteger NUMBER = new AtomicInteger();
    static final java.time.Duration LIVE_TRAFFIC = java.time.Duration.ofSeconds(45);
    static final String SANDBOX_GONE = "Sent to an earlier sandbox, which has stopped: nothing was delivered";

    private final ConnectionTarget target;
    private final ExecutorService network;
    private final BeeperClient client;
    /** Completes when the sandbox may be built; cancelled by a close that comes first. */
    private final CompletableFuture<Void> gate;
    private final CompletableFuture<SandboxServer> sandbox;
    private final CompletableFuture<Void> sandboxStarted;
    private volatile ConnectionRef via;
    private PendingResolver resolver;
    private boolean closed;

    private Session(ConnectionTarget target, CompletableFuture<Void> gate, CompletableFuture<SandboxServer> sandbox,
                    CompletableFuture<Void> sandboxStarted) {
        this.gate = gate;
        this.target = target;
        this.network = Workers.newNetworkExecutor(String.valueOf(NUMBER.incrementAndGet()));
        this.client = new BeeperClient(target.config(), network);
        // A draft's chat looked up again at start must not meet a sandbox that is not listening yet.
        client.sendAfter(sandboxStarted);
        this.sandbox = sandbox;
        this.sandboxStarted = sandboxStarted;
        this.via = ConnectionRef.of(target.sandbox(), target.config().baseUri());
    }

    /**
     * Opens a session for the choice. The sandbox binds a port and takes a token chosen here, and
     * is built and started in the background, so the window need not wait for it: a request that
     * comes before it listens waits for it, and {@link #ready()} says when it listens.
     */
    static Session open(SavedConnection choice) {
        return open(choice, CompletableFuture.completedFuture(null));
    }

    /**
     * As {@link #open(SavedConnection)}, the sandbox built only once {@code after} completes: at
     * start-up, after the window's first frame, which it would otherwise slow down on two cores.
     */
    static Session open(SavedConnection choice, CompletableFuture<Void> after) {
        if (!choice.sandbox()) {
            return new Session(new ConnectionTarget(ClientConfig.of(choice.baseUrl(), choice.token()), false),
                    CompletableFuture.completedFuture(null), CompletableFuture.completedFuture(null),
                    CompletableFuture.completedFuture(null));
        }
        int port = freeLoopbackPort();
        String token = SandboxServer.newToken();
        // Its own gate, so a session closed before the go-ahead builds nothing and waits for nothing.
        CompletableFuture<Void> gate = new CompletableFuture<>();
        after.whenComplete((done, error) -> gate.complete(null));
        // Someone else writes now and then, so the app meets messages that are not its own.
        CompletableFuture<SandboxServer> sandbox = gate.thenApplyAsync(
                ignored -> SandboxServer.builder().port(port).token(token).liveTraffic(LIVE_TRAFFIC).build());
        CompletableFuture<Void> started = sandbox.thenAccept(SandboxServer::start);
        started.exceptionally(error -> {
            if (!gate.isCancelled()) {
                LOG.error("The built-in sandbox could not start on port {}", port, error);
            }
            return null;
        });
        String baseUrl = "http://" + SandboxServer.HOST + ":" + port;
        LOG.info("Using the built-in sandbox at {}", baseUrl);
        return new Session(new ConnectionTarget(ClientConfig.of(baseUrl, AccessToken.of(token)), true),
                gate, sandbox, started);
    }

    /** Completes once the server can answer: at once for a server of one's own, when the sandbox listens for it. */
    CompletableFuture<Void> ready() {
        return sandboxStarted;
    }

    ConnectionTarget target() {
        return target;
    }

    BeeperClient client() {
        return client;
    }

    /** Where sends made now go, with the account once the server has named it. */
    ConnectionRef via() {
        return via;
    }

    /**
     * Starts following this connection's pending sends once its server can answer, and learns
     * the account sends are made as. Rows of other servers are left alone, pending, for when
     * their connection is chosen again.
     */
    synchronized void follow(SendLog log, Workers workers) {
        if (closed) {
            return;
        }
        resolver = new PendingResolver(client, via, log, Clock.systemUTC(), PendingResolver.Polling.DEFAULT,
                EventStream.Backoff.DEFAULT);
        PendingResolver starting = resolver;
        sandboxStarted.thenRunAsync(() -> {
            settleRowsOfStoppedSandboxes(log);
            starting.start();
        }, workers.history());
        sandboxStarted.thenCompose(started -> client.accounts()).thenAccept(this::learnAccount)
                .exceptionally(error -> null);
    }

    /**
     * A sandbox keeps its messages in memory and lives only as long as its session: rows still
     * pending on any sandbox but this session's can never resolve, and were never delivered.
     */
    private void settleRowsOfStoppedSandboxes(SendLog log) {
        for (SendRecord row : log.pending()) {
            if (row.connection().kind() == ConnectionRef.Kind.SANDBOX && !row.connection().sameServer(via)) {
                log.update(row.settled(SendState.UNKNOWN, null, SANDBOX_GONE, Clock.systemUTC().instant()));
            }
        }
    }

    private void learnAccount(List<Account> accounts) {
        accounts.stream().map(Account::user).filter(user -> user != null)
                .map(user -> user.fullName() != null ? user.fullName()
                        : user.username() != null ? user.username() : user.id())
                .filter(name -> name != null).findFirst()
                .ifPresent(name -> via = via.withAccount(name));
    }

    /** Blocking (stops a server): call off the FX thread, or on exit. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (resolver != null) {
                resolver.close();
            }
        }
        gate.cancel(false);
        sandboxStarted.handle((ok, error) -> null).join();
        SandboxServer server = sandbox.handle((built, error) -> built).join();
        if (server != null) {
            server.stop();
        }
        network.shutdownNow();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the sandbox", e);
        }
    }
}
