package com.beepercomposer.compose;

import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * "Send as…": one uploaded file sent several ways, one message and history row per variant,
 * all in one {@link SendGroup.Kind#MATRIX} group. The variants go out one after the other, each
 * once the server answered the one before, so their pending IDs come in the variants' order. A
 * variant the server refuses is recorded as such and the next one still goes.
 *
 * <p>Every variant sends the same uploadID: the published API describes an upload as a cached
 * temporary file whose values a send may override, not as something a send uses up, and the
 * sandbox keeps uploads until it stops (docs/sandbox-contract.md). Each message carries the file
 * only: the draft's text and reply stay in the composer.
 */
public final class SendMatrix {
    private final Sender sender;
    private final SendLog log;
    private final Clock clock;
    private final Executor io;

    /** @param io the history lane, where refused variants' rows are looked up at the end */
    public SendMatrix(Sender sender, SendLog log, Clock clock, Executor io) {
        this.sender = sender;
        this.log = log;
        this.clock = clock;
        this.io = io;
    }

    /** A matrix under way: its group ID at once, its rows once every variant was answered. */
    public record Run(String groupID, List<MatrixVariant> variants, CompletableFuture<List<SendRecord>> rows) {
    }

    /**
     * @param attachmentName the picked file's name, for the history
     * @return at once; {@code rows} completes with every variant's row, in order, whatever each outcome
     */
    public Run send(ChatSummary chat, String uploadID, String attachmentName, List<MatrixVariant> variants) {
        if (chat == null) {
            throw new IllegalArgumentException("Choose a chat first");
        }
        if (uploadID == null || uploadID.isBlank()) {
            throw new IllegalArgumentException("The file is not uploaded yet");
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one type or override set");
        }
        String groupID = SendGroup.newId(clock.instant());
        List<MatrixVariant> fixed = List.copyOf(variants);
        SendRecord[] rows = new SendRecord[fixed.size()];
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = 0; i < fixed.size(); i++) {
            int index = i;
            chain = chain.thenCompose(ignored -> sendOne(chat, uploadID, attachmentName, fixed, groupID, index)
                    .handle((row, error) -> {
                        rows[index] = row;
                        return null;
                    }));
        }
        return new Run(groupID, fixed, chain.thenApplyAsync(ignored -> collect(groupID, rows), io));
    }

    private CompletableFuture<SendRecord> sendOne(ChatSummary chat, String uploadID, String attachmentName,
                                                  List<MatrixVariant> variants, String groupID, int index) {
        MatrixVariant variant = variants.get(index);
        try {
            Draft draft = new Draft(chat, "", null, variant.attachment(uploadID), null);
            SendGroup group = new SendGroup(groupID, SendGroup.Kind.MATRIX, index, variants.size(), variant.label());
            return sender.send(draft, attachmentName, group);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The answered rows, and the refused ones as the history recorded them. */
    private List<SendRecord> collect(String groupID, SendRecord[] answered) {
        List<SendRecord> rows = new ArrayList<>();
        boolean missing = false;
        for (SendRecord row : answered) {
            if (row == null) {
                missing = true;
            } else {
                rows.add(row);
            }
        }
        if (missing) {
            rows = log.group(groupID);
        }
        return rows;
    }
}
