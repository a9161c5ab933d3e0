package com.beepercomposer.history;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A process that writes history rows as fast as it can until it is killed: each row added,
 * then updated to pending, as a send does. It reports every write on standard output before
 * it starts ("adding 7", "updating 7") and once it is committed ("added 7", "updated 7"), so
 * {@link SqliteSendLogKillTest} can tell which write the kill cut. A row (two copies of
 * {@link #text(int)}, about 11 kB) spans several pages, so a torn one would show; rows are kept
 * that small so the write-ahead log seldom reaches its automatic checkpoint, which runs after a
 * commit: a kill landing there would interrupt a write that is already safe.
 */
public final class CrashingHistoryWriter {
    private static final String FILLER = "0123456789abcdefghijklmnopqrstuvwxyz".repeat(150);

    private CrashingHistoryWriter() {
    }

    /** Row {@code i}'s text; its id is {@code i + 1}, as rows are only ever added. */
    static String text(int i) {
        return "row " + i + " " + FILLER + " end " + i;
    }

    static String requestJson(int i) {
        return "{\"text\":\"" + text(i) + "\"}";
    }

    static String pendingID(int i) {
        return "pending-" + i;
    }

    public static void main(String[] args) throws Exception {
        SqliteSendLog log = SqliteSendLog.open(Path.of(args[0]));
        for (int i = 0; ; i++) {
            report("adding " + i);
            SendRecord row = log.add(SendRecord.sending(Instant.now(), "!c:x", "Chat", text(i), null, null, null,
                    requestJson(i)));
            report("added " + i);
            report("updating " + i);
            log.update(row.pending(pendingID(i), "!c:x", Instant.now()));
            report("updated " + i);
        }
    }

    private static void report(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
