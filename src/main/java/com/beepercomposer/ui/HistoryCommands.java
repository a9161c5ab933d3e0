package com.beepercomposer.ui;

import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.CurlCommand;
import com.beepercomposer.history.ExportFormat;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.work.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * What can be done with history rows, and what the person is asked first. Each command tells
 * the outcome through the history's notice; the clipboard and the file chooser stay the view's.
 */
public final class HistoryCommands {
    private final HistoryViewModel history;
    private final SendLog log;
    private final Sender sender;
    private final ComposerBridge composer;
    private final ConnectionRef current;
    private final UiExecutor ui;
    private final Workers workers;
    private final Dialogs dialogs;

    HistoryCommands(HistoryViewModel history, SendLog log, Sender sender, ComposerBridge composer,
                    ConnectionRef current, UiExecutor ui, Workers workers, Dialogs dialogs) {
        this.history = history;
        this.log = log;
        this.sender = sender;
        this.composer = composer;
        this.current = current;
        this.ui = ui;
        this.workers = workers;
        this.dialogs = dialogs;
    }

    /** Pending IDs, one a line; a row never accepted gives its final ID or, failing that, its text. */
    public String pendingIds(List<SendRecord> selection) {
        return selection.stream().map(r -> r.pendingMessageID() != null ? r.pendingMessageID()
                : r.finalMessageID() != null ? r.finalMessageID() : r.text() == null ? "" : r.text())
                .collect(Collectors.joining("\n"));
    }

    /** Final message IDs, one a line; rows without one are left out. */
    public String finalIds(List<SendRecord> selection) {
        return selection.stream().map(SendRecord::finalMessageID).filter(id -> id != null)
                .collect(Collectors.joining("\n"));
    }

    /**
     * Curl commands repeating each row against the server it went to; the token is always
     * {@code $BEEPER_ACCESS_TOKEN}.
     */
    public String curl(List<SendRecord> selection) {
        URI here = URI.create(current.baseUrl());
        return selection.stream().map(r -> CurlCommand.of(r, here)).collect(Collectors.joining("\n"));
    }

    /** Tells what was copied; the clipboard itself is the view's. */
    public void copied(String what, int count) {
        history.say(count == 1 ? "Copied " + what : "Copied " + what + " of " + count + " rows");
    }

    public void loadIntoComposer(SendRecord row) {
        composer.loadFromHistory(row);
        history.say("Loaded row " + row.id() + " into the composer");
    }

    /** Whether the row went to another server than this window's: Retry then sends it here, as a new row. */
    public boolean sentElsewhere(SendRecord row) {
        return !current.sameServer(row.connection());
    }

    /**
     * Retry as the person asks for it: a row of another server is sent here only once they agree,
     * and so is one that may have arrived ({@link SendState#UNKNOWN}).
     *
     * @return the new row, or null when the person declined
     */
    public CompletableFuture<SendRecord> retryAsking(SendRecord row) {
        Dialogs.Confirmation question = null;
        if (sentElsewhere(row)) {
            question = new Dialogs.Confirmation("Send to this connection?", "Send to this connection?",
                    "Row " + row.id() + " was sent to " + row.connection().describe() + ". You are connected to "
                            + current.describe() + ". Send it there as a new row?", "Send here");
        } else if (row.state() == SendState.UNKNOWN) {
            question = new Dialogs.Confirmation("Send again?", "Send again?",
                    "No answer came back when this message was sent, so it may have been delivered. "
                            + "Sending it again can make a duplicate: use Check delivery (Ctrl+D) first.",
                    "Send again");
        }
        if (question == null) {
            return retry(row);
        }
        return dialogs.confirm(question).thenCompose(yes -> yes ? retry(row)
                : CompletableFuture.completedFuture(null));
    }

    /** Sends the row's request again, here, as a new row linked to it; {@link #retryAsking} asks first. */
    public CompletableFuture<SendRecord> retry(SendRecord row) {
        if (!row.canRetry()) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException(row.state().label() + " rows are not retried"));
        }
        history.say("Retrying row " + row.id() + (sentElsewhere(row) ? " on " + current.label() : "") + "…");
        CompletableFuture<SendRecord> retry = sender.retry(row);
        ui.deliver(retry, now -> history.say(now.state() == SendState.UNKNOWN
                        ? "Retried row " + row.id() + ": " + now.reason()
                        : "Retried row " + row.id() + ": pending ID " + now.pendingMessageID()),
                failure -> history.say("Retry of row " + row.id() + " failed: " + Failures.describe(failure)));
        return retry;
    }

    /** Looks for an unknown send in its chat before anyone sends it again; only its own server can say. */
    public CompletableFuture<SendRecord> checkDelivery(SendRecord row) {
        if (sentElsewhere(row)) {
            history.say("Row " + row.id() + " went to " + row.connection().label()
                    + ": connect there to check its delivery");
            return CompletableFuture.failedFuture(new IllegalStateException("The row went to another server"));
        }
        history.say("Checking the chat for row " + row.id() + "…");
        CompletableFuture<SendRecord> check = sender.checkDelivery(row);
        ui.deliver(check, now -> history.say(now.state() == SendState.SENT
                        ? "Row " + row.id() + " was delivered: final ID " + now.finalMessageID()
                        : "Row " + row.id() + ": " + now.reason()),
                failure -> history.say("Could not check row " + row.id() + ": " + Failures.describe(failure)));
        return check;
    }

    /** Deletes the rows once the person agrees; completes with how many went, 0 when they declined. */
    public CompletableFuture<Integer> deleteAsking(List<SendRecord> selection) {
        String what = selection.size() == 1 ? "this row" : "these " + selection.size() + " rows";
        return dialogs.confirm(new Dialogs.Confirmation("Delete from the history?", "Delete from the history?",
                        "Delete " + what + " from the history? This cannot be undone; nothing is deleted in the chat.",
                        "Delete"))
                .thenCompose(yes -> yes ? delete(selection) : CompletableFuture.completedFuture(0));
    }

    /** Deletes the rows from the log (on the history lane), then from the table. */
    public CompletableFuture<Integer> delete(List<SendRecord> selection) {
        List<Long> ids = selection.stream().map(SendRecord::id).toList();
        CompletableFuture<Integer> work = CompletableFuture.supplyAsync(() -> {
            int count = 0;
            for (long id : ids) {
                count += log.delete(id) ? 1 : 0;
            }
            return count;
        }, workers.history());
        CompletableFuture<Integer> done = new CompletableFuture<>();
        ui.deliver(work, count -> {
            history.forget(ids);
            history.say(count == 1 ? "Deleted 1 row" : "Deleted " + count + " rows");
            done.complete(count);
        }, failure -> {
            history.say("Could not delete: " + Failures.describe(failure));
            done.completeExceptionally(failure);
        });
        return done;
    }

    /** Writes the rows to {@code file} on the file lane; the view asks where, tests say it. */
    public CompletableFuture<Path> export(List<SendRecord> selection, Path file, ExportFormat format) {
        List<SendRecord> snapshot = List.copyOf(selection);
        CompletableFuture<Path> work = CompletableFuture.supplyAsync(() -> {
            try {
                format.writeFile(snapshot, file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, workers.files());
        CompletableFuture<Path> done = new CompletableFuture<>();
        ui.deliver(work, path -> {
            history.say("Exported " + snapshot.size() + (snapshot.size() == 1 ? " row" : " rows") + " to "
                    + path.getFileName());
            done.complete(path);
        }, failure -> {
            history.say("Could not export: " + Failures.describe(failure));
            done.completeExceptionally(failure);
        });
        return done;
    }
}
