package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.UploadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
    @TempDir
    Path dir;

    @Test
    void keepsEveryChatsTextReplyAndAttachmentAcrossRestarts() throws Exception {
        SavedAttachment photo = new SavedAttachment(dir.resolve("photo.png").toString(), "photo.png", 1234,
                "image/png", new UploadResult("up-1", null, "photo.png", "image/png", 1234L, 64, 48, null, null),
                new AttachmentOverrides(AttachmentType.STICKER, "sticker.png", "", "", "512", "512"));
        SavedDraft first = new SavedDraft("!a:x", "half-written **note**", new ReplyTarget("m1", "Ann", "hi"), photo);
        SavedDraft second = new SavedDraft("!b:x", "another one", null, null);
        SavedDrafts drafts = new SavedDrafts("!b:x", Map.of("!a:x", first, "!b:x", second));

        assertThat(new DraftStore(dir.resolve("data")).save(drafts)).isTrue();

        SavedDrafts back = new DraftStore(dir.resolve("data")).load();
        assertThat(back).isEqualTo(drafts);
        assertThat(back.current()).isEqualTo(second);
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("drafts.json");
        }
    }

    @Test
    void emptyDraftsAreNotKept() {
        SavedDrafts drafts = new SavedDrafts("!a:x", Map.of("!a:x", new SavedDraft("!a:x", "", null, null)));
        assertThat(drafts.drafts()).isEmpty();
        assertThat(drafts.current().chatID()).isEqualTo("!a:x");
    }

    @Test
    void theOlderSingleDraftBecomesItsChatsDraftOnce() throws Exception {
        Files.writeString(dir.resolve("draft.json"),
                "{\"chatID\":\"!a:x\",\"text\":\"from before\",\"replyTo\":{\"messageID\":\"m9\"}}");

        SavedDrafts migrated = new DraftStore(dir).load();

        assertThat(migrated.currentChatID()).isEqualTo("!a:x");
        assertThat(migrated.current()).isEqualTo(new SavedDraft("!a:x", "from before", ReplyTarget.pasted("m9")));
        assertThat(dir.resolve("draft.json")).doesNotExist();
        assertThat(dir.resolve("draft.json.migrated")).exists();
        assertThat(new DraftStore(dir).load()).isEqualTo(migrated);
    }

    @Test
    void aBrokenFileLosesNothingElse() throws Exception {
        Files.writeString(dir.resolve("drafts.json"), "{not json");
        assertThat(new DraftStore(dir).load()).isEqualTo(SavedDrafts.NONE);
    }
}
