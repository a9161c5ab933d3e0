package com.beepercomposer.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ways to make the sandbox misbehave on purpose, so the app's slow-network, server-error and
 * dropped-socket paths can be tested and demonstrated. All off by default; safe to change while
 * the server runs.
 *
 * <p>Routes are named by method and pattern as registered, e.g.
 * {@code "POST /v1/chats/{chatID}/messages"}; {@link #ALL_ROUTES} matches every route.
 */
public final class FaultKnobs {
    public static final String ALL_ROUTES = "*";
    public static final String SEND_ROUTE = "POST /v1/chats/{chatID}/messages";
    public static final String UPLOAD_ROUTE = "POST /v1/assets/upload";
    public static final String CHAT_ROUTE = "GET /v1/chats/{chatID}";
    public static final String MESSAGE_ROUTE = "GET /v1/chats/{chatID}/messages/{messageID}";

    /** A share of requests to answer with an error status (500 or 503) instead of serving them. */
    public record ErrorFault(double rate, int status) {
        public ErrorFault {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("rate must be between 0 and 1");
            }
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("status must be a 5xx status");
            }
        }
    }

    private final EventHub events;
    private final ScheduledExecutorService scheduler;
    private final Map<String, ErrorFault> errors = new ConcurrentHashMap<>();
    private final Random random = new Random();
    private volatile Duration latency = Duration.ZERO;
    private ScheduledFuture<?> periodicDrops;

    FaultKnobs(EventHub events, ScheduledExecutorService scheduler) {
        this.events = events;
        this.scheduler = scheduler;
    }

    /** Every HTTP answer is delayed by this much (zero for none). */
    public FaultKnobs latency(Duration delay) {
        this.latency = delay == null || delay.isNegative() ? Duration.ZERO : delay;
        return this;
    }

    public Duration latency() {
        return latency;
    }

    /** Answers {@code rate} of the requests to {@code route} with {@code status} (500 or 503...). */
    public FaultKnobs errorRate(String route, double rate, int status) {
        if (rate == 0) {
            errors.remove(route);
        } else {
            errors.put(route, new ErrorFault(rate, status));
        }
        return this;
    }

    /** Closes every WebSocket connection now. */
    public void dropSocketsNow() {
        events.dropAll();
    }

    /** Closes every WebSocket connection at this interval; null or zero stops it. */
    public synchronized FaultKnobs dropSocketsEvery(Duration interval) {
        if (periodicDrops != null) {
            periodicDrops.cancel(false);
            periodicDrops = null;
        }
        if (interval != null && !interval.isZero() && !interval.isNegative()) {
            periodicDrops = scheduler.scheduleAtFixedRate(events::dropAll, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Back to a well-behaved server. */
    public synchronized FaultKnobs reset() {
        latency = Duration.ZERO;
        errors.clear();
        return dropSocketsEvery(null);
    }

    /** Applied after each matched route, before its answer goes out. */
    void delayAnswer() throws InterruptedException {
        Duration wait = latency;
        if (!wait.isZero()) {
            Thread.sleep(wait.toMillis());
        }
    }

    /** Applied before each matched route: maybe fails the request. */
    void apply(String route) {
        ErrorFault fault = errors.getOrDefault(route, errors.get(ALL_ROUTES));
        if (fault != null && random.nextDouble() < fault.rate()) {
            String code = fault.status() == 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL_ERROR";
            throw new SandboxError(fault.status(), code, "Injected fault: the sandbox failed " + route
                    + " on purpose", null);
        }
    }
}
