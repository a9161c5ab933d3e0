package com.beepercomposer.cli;

import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.history.SqliteSendLog;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** {@code history [--chat ID] [--state S] [--limit N] [--json]}: the app's history, newest first. */
final class HistoryCommand {
    static final int DEFAULT_LIMIT = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private HistoryCommand() {
    }

    static int run(List<String> words, CliIo io, Path dataDir) {
        Args args = Args.parse(words, Set.of("--chat", "--state", "--limit"), Set.of("--json"), Set.of());
        if (!args.positionals().isEmpty()) {
            throw Args.usage("history takes no arguments but options: " + args.positionals().get(0));
        }
        SendState state = args.has("--state") ? state(args.value("--state")) : null;
        int limit = limit(args.value("--limit"));
        String chat = args.value("--chat");
        List<SendRecord> rows;
        try (SqliteSendLog log = History.open(dataDir)) {
            rows = log.all();
        } catch (java.sql.SQLException e) {
            throw new CliFailure(ExitCode.ERROR, "Cannot read the history: " + e.getMessage());
        }
        Stream<SendRecord> shown = rows.stream()
                .filter(row -> chat == null || chat.equals(row.chatID()) || chat.equals(row.routedChatID())
                        || chat.equalsIgnoreCase(row.chatTitle() == null ? "" : row.chatTitle()))
                .filter(row -> state == null || row.state() == state)
                .limit(limit);
        shown.forEach(row -> io.out().println(args.has("--json") ? RowOutput.json(row)
                : row.id() + "\t" + WHEN.format(row.createdAt()) + "\t" + row.origin().name().toLowerCase(Locale.ROOT)
                        + "\t" + RowOutput.line(row)));
        return ExitCode.OK;
    }

    private static SendState state(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(SendState.values()).filter(s -> s.name().equals(wanted)).findFirst()
                .orElseThrow(() -> Args.usage("--state must be one of " + Arrays.stream(SendState.values())
                        .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the usage error below says what is wanted
        }
        throw Args.usage("--limit must be a whole number above 0, not " + text);
    }
}
