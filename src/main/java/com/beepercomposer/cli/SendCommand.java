package com.beepercomposer.cli;

import com.beepercomposer.api.Account;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.compose.AttachmentCheck;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.MediaDefaults;
import com.beepercomposer.compose.ReplyTarget;
import com.beepercomposer.compose.SendReadiness;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendOrigin;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.history.SqliteSendLog;
import com.beepercomposer.work.Workers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code send}: checks everything it can before the first byte leaves (the chat, the reply
 * target, the text against the chat's limits, every file against its rules), uploads the files
 * in order, then sends one message per file (the text and reply go with the first) through the
 * app's {@link Sender}, so each send is in the app's history before its request leaves.
 */
final class SendCommand {
    static final String CHECK_BEFORE_RESENDING = "It may have arrived: check the chat before sending it again"
            + " (beeper-composer history shows its pending ID).";

    private final CliIo io;
    private final Path dataDir;
    private final ConnectionSource saved;

    SendCommand(CliIo io, Path dataDir, ConnectionSource saved) {
        this.io = io;
        this.dataDir = dataDir;
        this.saved = saved;
    }

    int run(List<String> words) {
        SendOptions options = SendOptions.parse(words, io.in());
        for (Path file : options.attachments()) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw Args.usage("Cannot read --attach " + file + ": not a readable file");
            }
        }
        try (CliConnection connection = CliConnection.open(io.env(), saved, options.sandbox());
             SqliteSendLog log = openHistory()) {
            if (connection.sandbox()) {
                io.err().println("Sending to a temporary sandbox: nothing is delivered.");
            }
            List<Account> accounts = Failures.await(connection.client().accounts(), "checking the connection");
            ConnectionRef via = connection.via(accounts);
            ChatSummary chat = new ChatLookup(connection.client()).resolve(options.chat());
            ReplyTarget replyTo = options.replyTo() == null ? null : replyTarget(connection, chat, options.replyTo());
            List<LocalFile> files = checkFiles(options, chat);
            checkDrafts(options, chat, replyTo, files.size());

            List<OutgoingAttachment> uploads = new ArrayList<>();
            Uploads uploader = new Uploads(connection.client(), io);
            for (int i = 0; i < files.size(); i++) {
                LocalFile file = files.get(i);
                UploadResult result = uploader.upload(file, options.overrides(), i + 1, files.size());
                AttachmentOverrides typed = MediaDefaults.withDetected(options.overrides(), file.path(),
                        file.mimeType());
                uploads.add(typed.apply(result.uploadID()));
            }
            return send(connection, via, log, chat, replyTo, options, files, uploads);
        } catch (SQLException e) {
            throw new CliFailure(ExitCode.ERROR, "Cannot open the history in " + dataDir + ": " + e.getMessage()
                    + "; nothing was sent");
        }
    }

    private int send(CliConnection connection, ConnectionRef via, SqliteSendLog log, ChatSummary chat,
                     ReplyTarget replyTo, SendOptions options, List<LocalFile> files, List<OutgoingAttachment> uploads) {
        ExecutorService historyWriter = Executors.newSingleThreadExecutor(Workers.named("cli-history"));
        Sender sender = new Sender(connection.client(), log, Clock.systemUTC(), historyWriter, () -> via,
                SendOrigin.CLI);
        try (Settling settling = options.waitFor() == null ? null : new Settling(connection.client(), via, log)) {
            List<SendRecord> rows = new ArrayList<>();
            int messages = Math.max(1, uploads.size());
            // Several files are one group in the history, one message (and row) each.
            String groupId = files.size() > 1 ? SendGroup.newId(Clock.systemUTC().instant()) : null;
            CliFailure failed = null;
            for (int i = 0; i < messages && failed == null; i++) {
                Draft draft = draft(chat, i == 0 ? options.text() : null, i == 0 ? replyTo : null,
                        uploads.isEmpty() ? null : uploads.get(i));
                try {
                    String fileName = files.isEmpty() ? null : files.get(i).fileName();
                    SendGroup group = groupId == null ? null
                            : new SendGroup(groupId, SendGroup.Kind.FILES, i, messages, fileName);
                    rows.add(Failures.await(sender.send(draft, fileName, group),
                            "sending message " + (i + 1) + " of " + messages));
                } catch (CliFailure e) {
                    failed = e;
                }
            }
            if (settling != null && failed == null) {
                rows = settling.await(rows, options.waitFor());
            }
            rows.forEach(row -> io.out().println(options.json() ? RowOutput.json(row) : RowOutput.line(row)));
            if (failed != null) {
                if (!rows.isEmpty()) {
                    io.err().println(rows.size() + " of " + messages + " messages went out before this failure.");
                }
                throw failed.exitCode() == ExitCode.UNCERTAIN
                        ? new CliFailure(ExitCode.UNCERTAIN, failed.getMessage() + "\n" + CHECK_BEFORE_RESENDING)
                        : failed;
            }
            return outcome(rows, options.waitFor() != null);
        } finally {
            historyWriter.shutdown();
        }
    }

    /** The exit code for the rows as they ended, and a word on stderr for each that did not end well. */
    private int outcome(List<SendRecord> rows, boolean waited) {
        int code = ExitCode.OK;
        for (SendRecord row : rows) {
            if (row.state() == SendState.FAILED_PERMANENT || row.state() == SendState.FAILED_RETRIABLE
                    || row.state() == SendState.REJECTED) {
                io.err().println("Not sent: " + (row.reason() != null ? row.reason() : row.state().label()));
                code = Math.max(code, ExitCode.REFUSED);
            } else if (row.state() == SendState.UNKNOWN || (waited && !row.state().isSettled())) {
                io.err().println((row.state() == SendState.UNKNOWN ? "No confirmation" : "Still pending when --wait"
                        + " ran out") + " for pending ID " + row.pendingMessageID() + ". " + CHECK_BEFORE_RESENDING);
                code = ExitCode.UNCERTAIN;
            }
        }
        return code;
    }

    private ReplyTarget replyTarget(CliConnection connection, ChatSummary chat, String messageID) {
        try {
            Failures.await(connection.client().message(chat.id(), messageID), "looking up the reply target");
        } catch (CliFailure e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                throw new CliFailure(ExitCode.NOT_FOUND, "No message " + messageID + " in " + chat.title()
                        + " to reply to");
            }
            throw e;
        }
        return ReplyTarget.pasted(messageID);
    }

    /** Every file against the upload limit and the chat's rules, before anything is uploaded. */
    private static List<LocalFile> checkFiles(SendOptions options, ChatSummary chat) {
        List<LocalFile> files = new ArrayList<>();
        for (Path path : options.attachments()) {
            AttachmentCheck.Result check = AttachmentCheck.inspect(path, chat);
            if (!check.ok()) {
                throw new CliFailure(check.file() == null ? ExitCode.USAGE : ExitCode.REFUSED,
                        check.refusal() + "; nothing was sent");
            }
            files.add(check.file());
        }
        return files;
    }

    /** The chat's rules for each message as it will go (text and reply on the first), before any upload. */
    private static void checkDrafts(SendOptions options, ChatSummary chat, ReplyTarget replyTo, int files) {
        for (int i = 0; i < Math.max(1, files); i++) {
            OutgoingAttachment placeholder = files == 0 ? null : OutgoingAttachment.of("not-uploaded-yet");
            SendReadiness readiness = draft(chat, i == 0 ? options.text() : null, i == 0 ? replyTo : null,
                    placeholder).readiness();
            if (!readiness.sendable()) {
                throw new CliFailure(ExitCode.REFUSED, readiness.reason() + "; nothing was sent");
            }
        }
    }

    private static Draft draft(ChatSummary chat, String text, ReplyTarget replyTo, OutgoingAttachment attachment) {
        return new Draft(chat, text, replyTo, attachment, null);
    }

    private SqliteSendLog openHistory() throws SQLException {
        return History.open(dataDir);
    }
}
