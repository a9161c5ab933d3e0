package com.beepercomposer.compose;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Json;
import com.beepercomposer.api.Message;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Looks for an uncertain send ({@link SendState#UNKNOWN}) in its chat instead of sending it
 * blindly again. It pages back from the newest message until it reaches messages older than
 * the send (less the clock skew), takes the matching message closest to the send's time that no
 * other history row already names (as its final or pending message), and says "not found" only
 * when it looked that far back.
 */
public final class DeliveryCheck {
    /** 40 pages of the API's 25 messages: a busy chat's thousand newest messages. */
    public static final int DEFAULT_MAX_PAGES = 40;
    static final String FOUND = "Found in the chat when checked";
    static final String NOT_FOUND = "Not in the chat when checked at %s (looked back past the send's time):"
            + " it was probably not delivered";
    static final String NOT_FAR_ENOUGH = "Could not look far enough back in the chat when checked at %s"
            + " (%d pages): check the chat before sending again";
    private static final DateTimeFormatter CHECK_TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final BeeperClient client;
    private final SendLog log;
    private final Clock clock;
    private final Executor io;
    private final int maxPages;
    /** Two checks at once must not both take the same message. */
    private final Object claiming = new Object();

    public DeliveryCheck(BeeperClient client, SendLog log, Clock clock, Executor io, int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        this.client = client;
        this.log = log;
        this.clock = clock;
        this.io = io;
        this.maxPages = maxPages;
    }

    /** What the pages back to the send's time held: the matching messages, and whether it got there. */
    private record Scan(List<Message> candidates, boolean farEnough) {
    }

    /** @return the row as recorded after the check; fails (the row unchanged) when the chat cannot be read */
    public CompletableFuture<SendRecord> check(SendRecord row) {
        String chat = row.routedChatID() != null ? row.routedChatID() : row.chatID();
        DeliveryMatch match = DeliveryMatch.of(row);
        return scan(chat, match, null, new ArrayList<>(), 1)
                .thenCompose(scan -> scan.candidates().isEmpty()
                        ? CompletableFuture.completedFuture(new Result(scan, Set.of()))
                        : CompletableFuture.supplyAsync(() -> unresolvedOthers(row, chat, match), io)
                                .thenCompose(pendingIDs -> finalIDsOf(chat, pendingIDs))
                                .thenApply(resolved -> new Result(scan, resolved)))
                .thenApplyAsync(result -> settle(row, result), io);
    }

    private record Result(Scan scan, Set<String> resolvedClaims) {
    }

    private CompletableFuture<Scan> scan(String chat, DeliveryMatch match, String cursor, List<Message> found,
                                         int page) {
        return client.listMessages(chat, cursor).thenCompose(messages -> {
            boolean reachedOlder = false;
            for (Message message : messages.items()) {
                if (match.matches(message)) {
                    found.add(message);
                }
                Instant at = message.timestampInstant();
                reachedOlder |= at != null && at.isBefore(match.earliest());
            }
            if (reachedOlder || !messages.hasMore() || messages.oldestCursor() == null) {
                return CompletableFuture.completedFuture(new Scan(found, true));
            }
            if (page >= maxPages) {
                return CompletableFuture.completedFuture(new Scan(found, false));
            }
            return scan(chat, match, messages.oldestCursor(), found, page + 1);
        });
    }

    /**
     * Other rows of this chat, sent around the same time, that know only their pending ID: the
     * message they became carries a final ID, which is asked for so it cannot be taken twice.
     */
    private List<String> unresolvedOthers(SendRecord row, String chat, DeliveryMatch match) {
        Instant since = match.earliest().minus(DeliveryMatch.CLOCK_SKEW);
        return log.all().stream()
                .filter(other -> other.id() != row.id() && other.finalMessageID() == null
                        && other.pendingMessageID() != null && !other.createdAt().isBefore(since)
                        && (chat.equals(other.chatID()) || chat.equals(other.routedChatID())))
                .map(SendRecord::pendingMessageID)
                .toList();
    }

    private CompletableFuture<Set<String>> finalIDsOf(String chat, List<String> pendingIDs) {
        List<CompletableFuture<String>> lookups = pendingIDs.stream()
                .map(pending -> client.message(chat, pending).thenApply(Message::id)
                        .exceptionally(error -> {
                            if (unwrap(error) instanceof ApiException api && api.status() == 404) {
                                return null; // never became a message: it claims nothing
                            }
                            throw error instanceof CompletionException c ? c : new CompletionException(error);
                        }))
                .toList();
        return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Set<String> ids = new HashSet<>();
            lookups.forEach(lookup -> {
                String id = lookup.join();
                if (id != null) {
                    ids.add(id);
                }
            });
            return ids;
        });
    }

    private SendRecord settle(SendRecord row, Result result) {
        Instant now = clock.instant();
        synchronized (claiming) {
            Set<String> claimed = new HashSet<>(result.resolvedClaims());
            for (SendRecord other : log.all()) {
                if (other.id() != row.id()) {
                    addIfPresent(claimed, other.finalMessageID());
                    addIfPresent(claimed, other.pendingMessageID());
                }
            }
            SendRecord checked = result.scan().candidates().stream()
                    .filter(message -> !claimed.contains(message.id()))
                    .min(closestTo(row.createdAt()))
                    .map(message -> found(row, message, now))
                    .orElseGet(() -> row.settled(SendState.UNKNOWN, null, result.scan().farEnough()
                            ? String.format(NOT_FOUND, CHECK_TIME.format(now))
                            : String.format(NOT_FAR_ENOUGH, CHECK_TIME.format(now), maxPages), now));
            log.update(checked);
            return checked;
        }
    }

    /** The send's own message is the first at or after its start; one within the skew before it comes next. */
    private static Comparator<Message> closestTo(Instant sent) {
        return Comparator.<Message>comparingInt(m -> m.timestampInstant().isBefore(sent) ? 1 : 0)
                .thenComparing(m -> Duration.between(sent, m.timestampInstant()).abs());
    }

    private static SendRecord found(SendRecord row, Message message, Instant now) {
        SendState state = SendState.SENT;
        String reason = FOUND;
        if (message.sendStatus() != null && message.sendStatus().isFailure()) {
            state = com.beepercomposer.api.SendStatus.FAIL_PERMANENT.equals(message.sendStatus().status())
                    ? SendState.FAILED_PERMANENT : SendState.FAILED_RETRIABLE;
            reason = "Found in the chat, failed: " + (message.sendStatus().message() == null
                    ? message.sendStatus().status() : message.sendStatus().message());
        }
        return row.settled(state, message.id(), reason, now).withFinalMessageJson(json(message));
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null && !id.isBlank()) {
            ids.add(id);
        }
    }

    private static String json(Message message) {
        try {
            return Json.mapper().writeValueAsString(message);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
