package com.beepercomposer.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Other people writing: now and then a participant of a seeded chat sends a message, announced
 * on the event socket like any other. The reply picker, the socket and delivery checks then meet
 * messages that are not ours, as they do against a real account.
 */
final class LiveTraffic {
    private static final List<String> LINES = List.of(
            "On my way 🚲", "Did you see the latest draft?", "Sounds good to me", "Can we move it to 3pm?",
            "👍", "Sending the file in a minute", "Lunch tomorrow?", "Thanks! That worked.",
            "Running 5 minutes late", "Who's bringing the slides?", "ok", "Call me when you're free");

    private final SandboxWorld world;
    private final EventHub events;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration meanInterval;
    private final Random random;
    private ScheduledFuture<?> next;
    private boolean stopped;

    LiveTraffic(SandboxWorld world, EventHub events, ScheduledExecutorService scheduler, Clock clock,
                Duration meanInterval, Random random) {
        this.world = world;
        this.events = events;
        this.scheduler = scheduler;
        this.clock = clock;
        this.meanInterval = meanInterval;
        this.random = random;
    }

    synchronized void start() {
        stopped = false;
        scheduleNext();
    }

    synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel(false);
        }
    }

    /** One message from someone else in a chat that has someone else; returns it, or null when no chat has. */
    WireMessage writeOne() {
        List<WireChat> chats = world.chatsByActivity().stream()
                .filter(chat -> chat.participants().items().stream().anyMatch(user -> !user.self()))
                .toList();
        if (chats.isEmpty()) {
            return null;
        }
        WireChat chat = chats.get(random.nextInt(chats.size()));
        List<WireUser> others = chat.participants().items().stream().filter(user -> !user.self()).toList();
        WireUser sender = others.get(random.nextInt(others.size()));
        String text = LINES.get(random.nextInt(LINES.size()));
        Instant now = clock.instant();
        String id = world.nextMessageID();
        WireMessage message = world.append(chat.id(), now, sortKey -> new WireMessage(id, chat.accountID(),
                chat.id(), sender.id(), sortKey, now.toString(), List.of(), null, false, false, false, true, null,
                List.of(), sender.fullName(), null, MarkdownHtml.toHtml(text), "TEXT"));
        events.publish(MessageSender.UPSERTED, chat.id(), List.of(id), List.of(message));
        return message;
    }

    private synchronized void scheduleNext() {
        if (stopped) {
            return;
        }
        // Between half and one and a half times the mean: irregular, never a burst.
        long millis = (long) (meanInterval.toMillis() * (0.5 + random.nextDouble()));
        next = scheduler.schedule(() -> {
            try {
                writeOne();
            } finally {
                scheduleNext();
            }
        }, millis, TimeUnit.MILLISECONDS);
    }
}
