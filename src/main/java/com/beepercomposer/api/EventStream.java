package com.beepercomposer.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live event socket {@code /v1/ws}. Connects with the token, subscribes once the server
 * says {@code ready}, hands parsed events to a listener, and after a drop reconnects with
 * exponential backoff and full jitter and subscribes again. Events sent while disconnected are
 * lost, so the listener hears every reconnect ({@link State#CONNECTED}) and can re-check.
 */
public final class EventStream implements AutoCloseable {

    public enum State { CONNECTING, CONNECTED, RECONNECTING, CLOSED }

    /** Called from a background thread. */
    public interface Listener {
        void onEvent(StreamEvent event);

        default void onStateChanged(State state, String detail) {
        }
    }

    /** Reconnect delays: the n-th retry waits a random time up to {@code min(max, base * 2^n)}. */
    public record Backoff(Duration base, Duration max) {
        public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

        Duration delay(int attempt) {
            long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(attempt, 20));
            return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);
    private static final String ALL_CHATS = "*";

    private final ClientConfig config;
    private final HttpClient http;
    private final Listener listener;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger requestCounter = new AtomicInteger();

    private final Object lock = new Object();
    private WebSocket socket;
    private CompletableFuture<?> sendChain = CompletableFuture.completedFuture(null);
    private List<String> subscription;
    private int attempt;
    private boolean ready;
    private boolean closed;
    private State state;

    EventStream(ClientConfig config, HttpClient http, Listener listener, Backoff backoff) {
        this.config = config;
        this.http = http;
        this.listener = listener;
        this.backoff = backoff;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "event-stream");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens the socket; safe to call once. */
    public EventStream start() {
        scheduler.execute(this::connect);
        return this;
    }

    /** Follow every chat. */
    public void subscribeAll() {
        setSubscription(List.of(ALL_CHATS));
    }

    /** Follow these chats only; an empty list pauses events. */
    public void subscribe(Collection<String> chatIDs) {
        if (chatIDs.contains(ALL_CHATS)) {
            throw new IllegalArgumentException("\"*\" means all chats and cannot be mixed with chat IDs");
        }
        setSubscription(List.copyOf(chatIDs));
    }

    public State state() {
        synchronized (lock) {
            return state;
        }
    }

    @Override
    public void close() {
        WebSocket toClose;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = socket;
            socket = null;
        }
        if (toClose != null) {
            // The close frame goes out, then the connection ends at once: waiting for the server's
            // answer needs the client's callback threads, which a closing session is shutting down,
            // and an exchange left open keeps the client's selector thread alive for good.
            toClose.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
            toClose.abort();
        }
        scheduler.shutdownNow();
        changeState(State.CLOSED, "closed");
    }

    private void setSubscription(List<String> chatIDs) {
        boolean sendNow;
        synchronized (lock) {
            subscription = chatIDs;
            sendNow = ready;
        }
        if (sendNow) {
            sendSubscription();
        }
    }

    private URI socketUri() {
        URI base = config.baseUri();
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + base.toString().substring(base.getScheme().length()) + "/v1/ws");
    }

    private void connect() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            ready = false;
        }
        changeState(attempt == 0 ? State.CONNECTING : State.RECONNECTING, "connecting to " + socketUri());
        WebSocket.Builder builder = http.newWebSocketBuilder()
                .connectTimeout(config.connectTimeout())
                .header("User-Agent", config.userAgent());
        if (config.token() != null) {
            builder.header("Authorization", "Bearer " + config.token().reveal());
        }
        builder.buildAsync(socketUri(), new SocketListener()).whenComplete((ws, error) -> {
            if (error != null) {
                Throwable cause = Causes.unwrap(error);
                if (cause instanceof WebSocketHandshakeException handshake
                        && handshake.getResponse().statusCode() == 401) {
                    LOG.warn("Event socket refused the token (401); not reconnecting");
                    synchronized (lock) {
                        closed = true;
                    }
                    changeState(State.CLOSED, "The access token was refused (401)");
                    return;
                }
                scheduleReconnect("could not connect: " + cause.getClass().getSimpleName());
                return;
            }
            boolean keep;
            synchronized (lock) {
                keep = !closed;
            }
            if (!keep) {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
            }
        });
    }

    private void scheduleReconnect(String reason) {
        Duration delay;
        synchronized (lock) {
            socket = null;
            ready = false;
            if (closed) {
                return;
            }
            delay = backoff.delay(attempt++);
        }
        changeState(State.RECONNECTING, reason + "; retrying in " + delay.toMillis() + " ms");
        try {
            scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            // closed meanwhile
        }
    }

    private void onReady() {
        synchronized (lock) {
            ready = true;
            attempt = 0;
        }
        changeState(State.CONNECTED, "connected");
        sendSubscription();
    }

    private void sendSubscription() {
        synchronized (lock) {
            if (socket == null || subscription == null) {
                return;
            }
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("type", "subscriptions.set");
            message.put("requestID", "r" + requestCounter.incrementAndGet());
            message.put("chatIDs", new ArrayList<>(subscription));
            String text = new String(ApiRequest.JsonBody.bytes(message), java.nio.charset.StandardCharsets.UTF_8);
            WebSocket ws = socket;
            // WebSocket allows one outstanding send: chain them.
            sendChain = sendChain.exceptionally(e -> null).thenCompose(ignored -> ws.sendText(text, true));
        }
    }

    private void changeState(State newState, String detail) {
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            state = newState;
        }
        LOG.debug("event stream {}: {}", newState, detail);
        listener.onStateChanged(newState, detail);
    }

    private final class SocketListener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        // The socket is known here before buildAsync completes, and "ready" may arrive before that.
        @Override
        public void onOpen(WebSocket webSocket) {
            synchronized (lock) {
                socket = webSocket;
                sendChain = CompletableFuture.completedFuture(null);
            }
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                StreamEvent.parse(text).ifPresent(this::dispatch);
            }
            webSocket.request(1);
            return null;
        }

        private void dispatch(StreamEvent event) {
            if (event instanceof StreamEvent.Ready) {
                onReady();
            }
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Event listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            scheduleReconnect("closed by the server (" + statusCode + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            scheduleReconnect("socket error: " + error.getClass().getSimpleName());
        }
    }
}
