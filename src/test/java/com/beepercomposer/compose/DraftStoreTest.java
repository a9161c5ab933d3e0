package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
    @TempDir
    Path dir;

    @Test
    void keepsChatTextAndReplyAcrossRestarts() {
        DraftStore store = new DraftStore(dir.resolve("drafts/draft.json"));
        SavedDraft draft = new SavedDraft("!c:x", "half-written **note**", new ReplyTarget("m1", "Ann", "hi"));

        store.save(draft);

        assertThat(new DraftStore(dir.resolve("drafts/draft.json")).load()).isEqualTo(draft);
    }

    @Test
    void aBrokenFileLosesNothingElse() throws Exception {
        Path file = dir.resolve("draft.json");
        Files.writeString(file, "{not json");
        assertThat(new DraftStore(file).load()).isEqualTo(SavedDraft.NONE);
    }
}
