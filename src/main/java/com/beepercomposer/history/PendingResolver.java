package com.beepercomposer.history;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.api.Json;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.SendStatus;
import com.beepercomposer.api.StreamEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows every pending row to its final message. Live: the event socket, subscribed to the
 * chats that have pending rows; any {@code message.upserted} there makes us look the pending ID
 * up. While the socket is down, rows are polled with backoff. A lookup answering with an error
 * or the still-pending message means "not yet", never "failed".
 */
public final class PendingResolver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PendingResolver.class);

    /** Poll delays: fast at first (like the official CLI's 750 ms), then slower, never stopping. */
    public record Polling(Duration first, Duration max, Duration giveUpAfter) {
        public static final Polling DEFAULT = new Polling(Duration.ofMillis(750), Duration.ofSeconds(15),
                Duration.ofMinutes(10));
    }

    static final String GAVE_UP = "Not confirmed in time: check the chat";

    private final BeeperClient client;
    private final ConnectionRef server;
    private final SendLog log;
    private final Clock clock;
    private final Polling polling;
    private final EventStream.Backoff socketBackoff;
    private final ScheduledExecutorService scheduler;
    private final Map<Long, Tracked> tracked = new ConcurrentHashMap<>();
    private volatile EventStream stream;
    private volatile boolean live;
    private volatile boolean closed;
    private Subscription rows = Subscription.NONE;

    private static final class Tracked {
        final SendRecord row;
        /** When this session began following the row: giving up counts from here, not from the send. */
        final Instant since;
        volatile int attempts;
        volatile boolean lookingUp;
        /** Something asked for a look while one was running: look again as soon as it ends. */
        volatile boolean recheck;
        ScheduledFuture<?> next;

        Tracked(SendRecord row, Instant since) {
            this.row = row;
            this.since = since;
        }
    }

    /**
     * @param server the connection {@code client} talks to: only rows sent there are followed;
     *               the others wait, pending, for a resolver of their own server
     */
    public PendingResolver(BeeperClient client, ConnectionRef server, SendLog log, Clock clock, Polling polling,
                           EventStream.Backoff socketBackoff) {
        this.client = client;
        this.server = server;
        this.log = log;
        this.clock = clock;
        this.polling = polling;
        this.socketBackoff = socketBackoff;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "pending-resolver");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts following: rows already pending (after a restart) and every row that becomes
     * pending from now on. Blocking read of the log: call off the FX thread. Does nothing once
     * closed, so a resolver closed before its server came up never starts a socket.
     */
    public synchronized void start() {
        if (closed) {
            return;
        }
        rows = log.subscribe(row -> {
            if (row.state() == SendState.PENDING) {
                track(row);
            }
        });
        stream = client.events(new EventStream.Listener() {
            @Override
            public void onEvent(StreamEvent event) {
                onStreamEvent(event);
            }

            @Override
            public void onStateChanged(EventStream.State state, String detail) {
                onSocketState(state);
            }
        }, socketBackoff).start();
        log.pending().forEach(this::track);
    }

    /** How many rows are still being followed. */
    public int following() {
        return tracked.size();
    }

    private void track(SendRecord row) {
        if (closed || row.pendingMessageID() == null || !server.sameServer(row.connection())) {
            return;
        }
        boolean isNew = tracked.putIfAbsent(row.id(), new Tracked(row, clock.instant())) == null;
        if (isNew) {
            updateSubscription();
            // One look right away: the message may be final before any event could tell us.
            schedule(row.id(), Duration.ZERO);
        }
    }

    private void onSocketState(EventStream.State state) {
        boolean wasLive = live;
        live = state == EventStream.State.CONNECTED;
        if (live && !wasLive) {
            // Events sent while we were away are lost: look everything up again once.
            updateSubscription();
            tracked.keySet().forEach(id -> schedule(id, Duration.ZERO));
        } else if (!live && wasLive) {
            tracked.forEach((id, t) -> schedule(id, nextPoll(t)));
        }
    }

    private void onStreamEvent(StreamEvent event) {
        if (!(event instanceof StreamEvent.Domain domain)
                || !StreamEvent.Domain.MESSAGE_UPSERTED.equals(domain.type())) {
            return;
        }
        for (Map.Entry<Long, Tracked> entry : tracked.entrySet()) {
            SendRecord row = entry.getValue().row;
            if (!domain.chatID().equals(row.routedChatID()) && !domain.chatID().equals(row.chatID())) {
                continue;
            }
            Message exact = domain.messages().stream()
                    .filter(m -> row.pendingMessageID().equals(m.id()) && m.isFinalFor(row.pendingMessageID()))
                    .findFirst().orElse(null);
            if (exact != null) {
                settle(entry.getKey(), exact);
            } else {
                schedule(entry.getKey(), Duration.ZERO);
            }
        }
    }

    /** Replaces the row's next look: each row has at most one waiting. */
    private void schedule(long rowId, Duration delay) {
        Tracked t = tracked.get(rowId);
        if (closed || t == null) {
            return;
        }
        synchronized (t) {
            if (t.next != null) {
                t.next.cancel(false);
            }
            try {
                t.next = scheduler.schedule(() -> lookUp(rowId), delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing
            }
        }
    }

    private void lookUp(long rowId) {
        Tracked t = tracked.get(rowId);
        if (t == null) {
            return;
        }
        if (t.lookingUp) {
            t.recheck = true;
            return;
        }
        t.lookingUp = true;
        t.recheck = false;
        SendRecord row = t.row;
        String chat = row.routedChatID() != null ? row.routedChatID() : row.chatID();
        client.message(chat, row.pendingMessageID()).whenComplete((message, error) -> {
            t.lookingUp = false;
            if (error == null && message.isFinalFor(row.pendingMessageID())) {
                settle(rowId, message);
                return;
            }
            t.attempts++;
            if (Duration.between(t.since, clock.instant()).compareTo(polling.giveUpAfter()) > 0) {
                giveUp(rowId);
            } else if (t.recheck) {
                schedule(rowId, Duration.ZERO);
            } else {
                // Polling is the fallback while the socket is down; while it is up, a slow look
                // still comes, in case an event was missed or the socket died without a word.
                schedule(rowId, live ? polling.max() : nextPoll(t));
            }
        });
    }

    private void giveUp(long rowId) {
        Tracked t = tracked.remove(rowId);
        if (t != null) {
            log.update(t.row.settled(SendState.UNKNOWN, null, GAVE_UP, clock.instant()));
            updateSubscription();
        }
    }

    private Duration nextPoll(Tracked t) {
        if (t == null) {
            return polling.first();
        }
        long millis = polling.first().toMillis() << Math.min(t.attempts / 4, 10);
        return Duration.ofMillis(Math.min(millis, polling.max().toMillis()));
    }

    private void settle(long rowId, Message message) {
        Tracked t = tracked.remove(rowId);
        if (t == null) {
            return;
        }
        SendStatus status = message.sendStatus();
        SendState state = SendState.SENT;
        String reason = null;
        if (status != null && status.isFailure()) {
            state = SendStatus.FAIL_PERMANENT.equals(status.status()) ? SendState.FAILED_PERMANENT
                    : SendState.FAILED_RETRIABLE;
            reason = status.message() != null ? status.message() : status.reason();
        }
        String finalId = message.id().equals(t.row.pendingMessageID()) ? null : message.id();
        try {
            log.update(t.row.settled(state, finalId, reason, clock.instant()).withFinalMessageJson(json(message)));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the final state of row {}", rowId, e);
        }
        updateSubscription();
    }

    /** The message as the server described it (minus fields it left out), for the details pane. */
    private static String json(Message message) {
        try {
            return Json.mapper().writeValueAsString(message);
        } catch (JsonProcessingException e) {
            LOG.warn("Could not write the final message as JSON", e);
            return null;
        }
    }

    private synchronized void updateSubscription() {
        EventStream current = stream;
        if (current == null) {
            return;
        }
        Set<String> chats = tracked.values().stream()
                .map(t -> t.row.routedChatID() != null ? t.row.routedChatID() : t.row.chatID())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        current.subscribe(chats);
    }

    /** Stops everything {@link #start()} began: the history subscription, the socket, the timers. */
    @Override
    public synchronized void close() {
        closed = true;
        rows.cancel();
        if (stream != null) {
            stream.close();
        }
        scheduler.shutdownNow();
        tracked.clear();
    }
}
