package com.beepercomposer.sandbox;


import com.beepercomposer.media.UploadLimits;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in Beeper Desktop API simulator: the same routes, JSON and errors as Beeper Desktop,
 * over seeded in-memory chats, bound to 127.0.0.1 only. Start one per test or per app session:
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.builder().port(0).build().start()) {
 *     BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
 * }
 * }</pre>
 *
 * <p>The token is never logged; {@link #token()} hands it to the caller on purpose.
 */
public final class SandboxServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 23373;
    public static final String HOST = "127.0.0.1";
    public static final String DESKTOP_VERSION = "4.2.900";
    public static final long DEFAULT_MAX_UPLOAD_BYTES = UploadLimits.MAX_UPLOAD_BYTES;
    public static final Duration DEFAULT_CONFIRM_DELAY = Duration.ofMillis(300);
    /** How long a connection may sit without a byte either way (Jetty's connector idle timeout). */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** How long a request body may take to arrive in full before it is cut off with 408. */
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(120);
    /** How many request bodies may be read at once; more are answered 503 at once. */
    public static final int DEFAULT_MAX_CONCURRENT_BODIES = 64;
    /** How many OAuth clients, pending codes and used codes may be held (each); tokens get 4x. */
    public static final int DEFAULT_OAUTH_CAPACITY = 1000;

    /** Seed chats with one special behaviour each, for tests and demos. */
    public static final String READ_ONLY_CHAT_ID = SeedData.READ_ONLY_CHAT_ID;
    public static final String REPLIES_REJECTED_CHAT_ID = SeedData.REPLIES_REJECTED_CHAT_ID;
    public static final String IMAGES_ONLY_CHAT_ID = SeedData.IMAGES_ONLY_CHAT_ID;
    public static final String SHORT_TEXT_CHAT_ID = SeedData.SHORT_TEXT_CHAT_ID;
    /** An ordinary one-to-one chat that accepts everything, with 38 messages of history. */
    public static final String DEFAULT_CHAT_ID = SeedData.ALICE_CHAT_ID;
    public static final String DEFAULT_LOCAL_CHAT_ID = SeedData.ALICE_LOCAL_CHAT_ID;

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    private final int requestedPort;
    private final AccessTokens tokens;
    private final SandboxWorld world;
    private final UploadStore uploads;
    private final EventHub events;
    private final ScheduledExecutorService scheduler;
    private final FaultKnobs faults;
    private final MessageSender sender;
    private final LiveTraffic traffic;
    private final Clock clock;
    private final Duration idleTimeout;
    private final RequestGate gate;
    private final OAuthRoutes oauth;
    private final boolean strictCapabilities;
    private Javalin app;
    private volatile int port = -1;

    SandboxServer(SandboxBuilder b) {
        this.requestedPort = b.port;
        this.clock = b.clock;
        this.tokens = new AccessTokens(b.token != null ? b.token : AccessTokens.generate(), clock,
                4 * b.oauthCapacity);
        this.idleTimeout = b.idleTimeout;
        this.oauth = new OAuthRoutes(this::baseUrl, tokens, clock, b.oauthCapacity);
        this.world = SeedData.newWorld();
        this.uploads = new UploadStore(b.maxUploadBytes);
        this.events = new EventHub(world::resolveChatID);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sandbox-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        this.faults = new FaultKnobs(events, scheduler);
        this.gate = new RequestGate(b.maxUploadBytes, b.maxConcurrentBodies, b.bodyReadTimeout, scheduler);
        SendValidator validator = new SendValidator(uploads::find, world::message);
        this.strictCapabilities = b.strictCapabilities;
        this.traffic = b.liveTraffic == null ? null
                : new LiveTraffic(world, events, scheduler, clock, b.liveTraffic, new java.util.Random());
        this.sender = new MessageSender(world, validator, events, scheduler, clock, b.confirmDelay, b.confirmStyle,
                b.strictCapabilities);
    }

    public static SandboxBuilder builder() {
        return new SandboxBuilder();
    }

    /** Starts serving; returns this for chaining. */
    public synchronized SandboxServer start() {
        if (app != null) {
            throw new IllegalStateException("The sandbox is already started");
        }
        AuthGuard guard = new AuthGuard(tokens, DESKTOP_VERSION);
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(WireJson.mapper(), false));
            config.http.defaultContentType = "application/json";
            JettySetup.configure(config, HOST, requestedPort, idleTimeout, gate);
        });
        // The published description puts the version on every response, not only authenticated ones.
        javalin.before(ctx -> ctx.header(AuthGuard.VERSION_HEADER, DESKTOP_VERSION));
        javalin.beforeMatched(ctx -> {
            if (AuthGuard.isProtected(ctx.path())) {
                guard.check(ctx);
            }
            faults.apply(ctx.method().name() + " " + ctx.endpointHandlerPath());
        });
        // Latency slows the answer, not the receiving: a slow server has still read the request.
        javalin.afterMatched(ctx -> faults.delayAnswer());
        javalin.wsBeforeUpgrade("/v1/ws", guard::check);
        // A plain HTTP request to the event socket's path is told what it is missing.
        javalin.get("/v1/ws", ctx -> {
            throw new SandboxError(426, "UPGRADE_REQUIRED", "The event socket needs a WebSocket upgrade", null);
        });
        javalin.ws("/v1/ws", ws -> {
            ws.onConnect(events::onConnect);
            ws.onMessage(ctx -> events.onMessage(ctx, ctx.message()));
            ws.onClose(events::onClose);
            ws.onError(events::onClose);
        });
        new InfoRoutes(world, this::baseUrl, this::port, DESKTOP_VERSION).register(javalin);
        new ChatRoutes(world, uploads, events, strictCapabilities).register(javalin);
        new MessageRoutes(world, sender, events, clock).register(javalin);
        new FocusRoutes(world, events).register(javalin);
        new AssetRoutes(uploads).register(javalin);
        oauth.register(javalin);
        JettySetup.answerErrors(javalin);
        javalin.start();
        this.app = javalin;
        if (traffic != null) {
            traffic.start();
        }
        this.port = javalin.port();
        LOG.info("Beeper Desktop API sandbox listening on {}", baseUrl());
        return this;
    }

    /** Stops serving, closes sockets and deletes uploaded files. Safe to call twice. */
    public synchronized void stop() {
        if (traffic != null) {
            traffic.stop();
        }
        if (app != null) {
            events.dropAll();
            app.stop();
            app = null;
        }
        scheduler.shutdownNow();
        uploads.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port actually bound (useful after asking for port 0). */
    public int port() {
        if (port < 0) {
            throw new IllegalStateException("The sandbox is not started");
        }
        return port;
    }

    /** e.g. {@code http://127.0.0.1:23373}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + HOST + ":" + port();
    }

    /** A new random token of the kind a sandbox makes for itself, for a caller who needs it before the build. */
    public static String newToken() {
        return AccessTokens.generate();
    }

    /** The static access token every protected route accepts. Handle with care: it is a secret. */
    public String token() {
        return tokens.staticToken();
    }

    /** Latency, injected errors and socket drops. */
    public FaultKnobs faults() {
        return faults;
    }

    /** Makes every later send to this chat (ID or local ID) end in this failure; null restores success. */
    public void failSends(String chatID, SendFailure failure) {
        world.failSends(world.requireChatID(chatID), failure);
    }

    /** How long a send stays PENDING before it settles. */
    public void confirmDelay(Duration delay) {
        sender.confirmDelay(Objects.requireNonNull(delay, "delay"));
    }

    /** Where uploads (and uploads still streaming in) are kept. */
    java.nio.file.Path uploadDirectory() {
        return uploads.directory();
    }

    /** What unauthenticated OAuth state the sandbox holds now. */
    OAuthRoutes.StateCounts oauthState() {
        return oauth.counts();
    }

    /** How a pending message becomes final from now on. */
    public void confirmStyle(ConfirmStyle style) {
        sender.confirmStyle(Objects.requireNonNull(style, "style"));
    }

    /** How many event sockets are connected now. */
    public int socketCount() {
        return events.connectionCount();
    }

    @Override
    public String toString() {
        return "SandboxServer[" + (app == null ? "stopped" : baseUrl()) + ", token=redacted]";
    }
}
