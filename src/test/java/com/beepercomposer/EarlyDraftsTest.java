package com.beepercomposer;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDraft;
import com.beepercomposer.compose.SavedDrafts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyDraftsTest {
    @TempDir
    Path data;
    @TempDir
    Path other;

    private static SavedDrafts drafts(String text) {
        return new SavedDrafts("!c", Map.of("!c", new SavedDraft("!c", text, null, null)));
    }

    @Test
    void theDraftsReadWhileTheToolkitStartsAreTheOnesInitGets() {
        DraftStore store = new DraftStore(data);
        store.save(drafts("typed before the last quit"));

        EarlyDrafts.start(data).join();
        // Written after the early read: init() gets what the early read found, once.
        store.save(drafts("written later"));

        assertThat(EarlyDrafts.take(data, store).drafts().get("!c").text()).isEqualTo("typed before the last quit");
        assertThat(EarlyDrafts.take(data, store).drafts().get("!c").text())
                .as("taken once: a second window reads the store again").isEqualTo("written later");
    }

    @Test
    void anEarlyReadOfAnotherFolderIsNotTaken() {
        new DraftStore(other).save(drafts("elsewhere"));
        DraftStore store = new DraftStore(data);
        store.save(drafts("here"));

        EarlyDrafts.start(other).join();

        assertThat(EarlyDrafts.take(data, store).drafts().get("!c").text()).isEqualTo("here");
    }

    @Test
    void withoutAnEarlyReadTheStoreIsReadThen() {
        DraftStore store = new DraftStore(data);
        store.save(drafts("on disk"));

        assertThat(EarlyDrafts.take(data, store).drafts().get("!c").text()).isEqualTo("on disk");
    }
}
