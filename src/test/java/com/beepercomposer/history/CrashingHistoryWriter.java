package com.beepercomposer.history;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A process that writes history rows as fast as it can (each row added, then updated, as a
 * send does) until it is killed: {@link SqliteSendLogKillTest} kills it with SIGKILL mid-write.
 */
public final class CrashingHistoryWriter {
    private CrashingHistoryWriter() {
    }

    public static void main(String[] args) throws Exception {
        SqliteSendLog log = SqliteSendLog.open(Path.of(args[0]));
        for (int i = 0; ; i++) {
            SendRecord row = log.add(SendRecord.sending(Instant.now(), "!c:x", "Chat", "row " + i, null, null, null,
                    "{\"text\":\"row " + i + "\"}"));
            if (i % 2 == 0) {
                log.update(row.pending("pending-" + i, "!c:x", Instant.now()));
            }
            if (i % 100 == 0) {
                System.out.println("wrote " + i);
                System.out.flush();
            }
        }
    }
}
