package com.beepercomposer.ui;

import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.compose.MessageEditor;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.CurlCommand;
import com.beepercomposer.history.ExportFormat;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.work.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
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
        history.say(count == 1 ? Texts.get("history.copied", what) : Texts.get("history.copiedOf", what, count));
    }

    /** A row's number as written, never grouped ("row 1234", not "row 1,234"). */
    private static String id(SendRecord row) {
        return String.valueOf(row.id());
    }

    public void loadIntoComposer(SendRecord row) {
        composer.loadFromHistory(row);
        history.say(Texts.get("history.loaded", id(row)));
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
            question = new Dialogs.Confirmation(Texts.get("history.sendHere.title"),
                    Texts.get("history.sendHere.title"),
                    Texts.get("history.sendHere.question", id(row), row.connection().describe(), current.describe()),
                    Texts.get("history.sendHere.button"));
        } else if (row.state() == SendState.UNKNOWN) {
            question = new Dialogs.Confirmation(Texts.get("history.sendAgain.title"),
                    Texts.get("history.sendAgain.title"),
                    Texts.get("history.sendAgain.question"), Texts.get("history.sendAgain.button"));
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
                    new IllegalStateException(Texts.get("history.notRetried", row.state().text())));
        }
        history.say(sentElsewhere(row) ? Texts.get("history.retryingOn", id(row), current.label())
                : Texts.get("history.retrying", id(row)));
        CompletableFuture<SendRecord> retry = sender.retry(row);
        ui.deliver(retry, now -> history.say(now.state() == SendState.UNKNOWN
                        ? Texts.get("history.retried", id(row), now.reason())
                        : Texts.get("history.retriedPending", id(row), now.pendingMessageID())),
                failure -> history.say(Texts.get("history.retryFailed", id(row), Failures.describe(failure))));
        return retry;
    }

    /** Looks for an unknown send in its chat before anyone sends it again; only its own server can say. */
    public CompletableFuture<SendRecord> checkDelivery(SendRecord row) {
        if (sentElsewhere(row)) {
            history.say(Texts.get("history.checkElsewhere", id(row), row.connection().label()));
            return CompletableFuture.failedFuture(new IllegalStateException("The row went to another server"));
        }
        history.say(Texts.get("history.checking", id(row)));
        CompletableFuture<SendRecord> check = sender.checkDelivery(row);
        ui.deliver(check, now -> history.say(now.state() == SendState.SENT
                        ? Texts.get("history.delivered", id(row), now.finalMessageID())
                        : Texts.get("history.rowReason", id(row), now.reason())),
                failure -> history.say(Texts.get("history.checkFailed", id(row), Failures.describe(failure))));
        return check;
    }

    /** Deletes the rows once the person agrees; completes with how many went, 0 when they declined. */
    public CompletableFuture<Integer> deleteAsking(List<SendRecord> selection) {
        String question = selection.size() == 1 ? Texts.get("history.delete.one")
                : Texts.get("history.delete.many", selection.size());
        return dialogs.confirm(new Dialogs.Confirmation(Texts.get("history.delete.title"),
                        Texts.get("history.delete.title"), question, Texts.get("history.delete.button")))
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
            history.say(count == 1 ? Texts.get("history.deletedOne") : Texts.get("history.deleted", count));
            done.complete(count);
        }, failure -> {
            history.say(Texts.get("history.deleteFailed", Failures.describe(failure)));
            done.completeExceptionally(failure);
        });
        return done;
    }

    /**
     * Why Edit is off for this row, or null when it is on. The chat's capabilities count once
     * known: {@link #lookUpChat} fetches them (once per chat).
     */
    public String editBlockedReason(SendRecord row) {
        return blockedReason(row, MessageEditor.editRefusal(row), MessageEditor::editRefusal);
    }

    /** Why Unsend is off for this row, or null when it is on. */
    public String unsendBlockedReason(SendRecord row) {
        return blockedReason(row, MessageEditor.unsendRefusal(row), MessageEditor::unsendRefusal);
    }

    private String blockedReason(SendRecord row, String ofRow,
                                 Function<Optional<ChatCapabilities>, String> ofChat) {
        if (row == null) {
            return Texts.get("history.selectRow");
        }
        if (ofRow != null) {
            return ofRow;
        }
        if (sentElsewhere(row)) {
            return Texts.get("history.wentTo", row.connection().label());
        }
        Optional<ChatCapabilities> caps = sender.editor().capabilities().ifKnown(row.messageChatID());
        return caps == null ? null : ofChat.apply(caps);
    }

    /** Looks the row's chat up (once per chat), then runs {@code known} on the UI thread. */
    public void lookUpChat(SendRecord row, Runnable known) {
        if (row == null || sentElsewhere(row) || row.finalMessageID() == null) {
            return;
        }
        ui.deliver(sender.editor().capabilities().of(row.messageChatID()), caps -> known.run(), failure -> { });
    }

    /**
     * Loads the row's current text into the composer in edit mode, once the chat is known to
     * allow it; the composer's "Save edit" then PUTs it to the row's final message.
     *
     * @return completes with true once the composer is in edit mode, false when refused
     */
    public CompletableFuture<Boolean> edit(SendRecord row) {
        return whenAllowed(row, this::editBlockedReason, Texts.get("history.cannotEdit", id(row)))
                .thenApply(allowed -> {
                    if (allowed) {
                        composer.editFromHistory(new MessageEdit(row, text -> saveEdit(row, text)));
                        history.say(Texts.get("history.editOpened", id(row)));
                    }
                    return allowed;
                });
    }

    /** Sends the edit and says how it went; the row records it either way. */
    public CompletableFuture<SendRecord> saveEdit(SendRecord row, String text) {
        CompletableFuture<SendRecord> save = sender.editor().edit(row, text);
        ui.deliver(save, now -> history.say(Texts.get("history.edited", id(row), row.finalMessageID())),
                failure -> history.say(Texts.get("history.editFailed", id(row), Failures.describe(failure))));
        return save;
    }

    /**
     * Deletes the row's message in the chat once the person agrees; the row stays, marked unsent.
     *
     * @return the unsent row, or null when refused or declined
     */
    public CompletableFuture<SendRecord> unsendAsking(SendRecord row) {
        return whenAllowed(row, this::unsendBlockedReason, Texts.get("history.cannotUnsend", id(row)))
                .thenCompose(allowed -> !allowed ? CompletableFuture.completedFuture(null)
                        : dialogs.confirm(new Dialogs.Confirmation(Texts.get("history.unsend.title"),
                                Texts.get("history.unsend.title"),
                                Texts.get("history.unsend.question", row.finalMessageID(), row.chatTitle()),
                                Texts.get("history.unsend.button"))))
                .thenCompose(yes -> Boolean.TRUE.equals(yes) ? unsend(row) : CompletableFuture.completedFuture(null));
    }

    private CompletableFuture<SendRecord> unsend(SendRecord row) {
        history.say(Texts.get("history.unsending", id(row)));
        CompletableFuture<SendRecord> unsend = sender.editor().unsend(row);
        CompletableFuture<SendRecord> done = new CompletableFuture<>();
        ui.deliver(unsend, now -> {
            history.say(Texts.get("history.unsent", id(row), row.finalMessageID()));
            done.complete(now);
        }, failure -> {
            history.say(Texts.get("history.unsendFailed", id(row), Failures.describe(failure)));
            done.completeExceptionally(failure);
        });
        return done;
    }

    /** Waits for the chat's capabilities (a failed lookup does not block: the server will say), then checks. */
    private CompletableFuture<Boolean> whenAllowed(SendRecord row, Function<SendRecord, String> reason,
                                                   String refused) {
        String now = reason.apply(row);
        if (now != null || sentElsewhere(row) || row.finalMessageID() == null) {
            if (now != null) {
                history.say(refused + ": " + now);
            }
            return CompletableFuture.completedFuture(now == null);
        }
        CompletableFuture<Boolean> allowed = new CompletableFuture<>();
        ui.deliver(sender.editor().capabilities().of(row.messageChatID()).exceptionally(failure -> Optional.empty()),
                caps -> {
                    String after = reason.apply(row);
                    if (after != null) {
                        history.say(refused + ": " + after);
                    }
                    allowed.complete(after == null);
                }, allowed::completeExceptionally);
        return allowed;
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
            history.say(Texts.get("history.exported", snapshot.size(), path.getFileName().toString()));
            done.complete(path);
        }, failure -> {
            history.say(Texts.get("history.exportFailed", Failures.describe(failure)));
            done.completeExceptionally(failure);
        });
        return done;
    }
}
