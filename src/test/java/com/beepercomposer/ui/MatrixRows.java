package com.beepercomposer.ui;

import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.time.Instant;

/** Rows of a matrix group "g" in chat "!c": the same picture sent as variants, settled with a final message. */
final class MatrixRows {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private MatrixRows() {
    }

    /**
     * Adds variant {@code index} of {@code size} to {@code log}, settled as {@code state} with
     * {@code reason}; its final message holds one image attachment served at {@code src}.
     */
    static SendRecord picture(SendLog log, ConnectionRef here, int index, int size, String src, SendState state,
                              String reason) {
        SendRecord row = log.add(SendRecord.sending(T0, "!c", "Chat", null, null, "dot.png", "u1",
                "{\"attachment\":{\"uploadID\":\"u1\"}}").withConnection(here)
                .withGroup(new SendGroup("g", SendGroup.Kind.MATRIX, index, size, "variant " + index)));
        row = row.pending("p" + index, "!c", T0).settled(state, "m" + index, reason, T0)
                .withFinalMessageJson("{\"id\":\"m" + index + "\",\"type\":\"IMAGE\",\"attachments\":[{\"type\":"
                        + "\"img\",\"mimeType\":\"image/png\",\"fileName\":\"dot.png\",\"srcURL\":\"" + src + "\"}]}");
        log.update(row);
        return row;
    }
}
