package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.UploadResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SavedDraftsTest {

    @Test
    void withoutUploadsKeepsEveryFileTextAndOverrideButNoUploadID() {
        UploadResult upload = new UploadResult("up-1", "file:///x", "cat.png", "image/png", 10L, 2, 2, null, null);
        SavedAttachment attached = new SavedAttachment("/tmp/cat.png", "cat.png", 10, "image/png", upload,
                AttachmentOverrides.NONE);
        SavedDraft withFile = new SavedDraft("!a:x", "look", null, attached);
        SavedDraft plain = new SavedDraft("!b:x", "hello", null, null);
        SavedDrafts drafts = new SavedDrafts("!a:x", Map.of("!a:x", withFile, "!b:x", plain));

        SavedDrafts carried = drafts.withoutUploads();

        assertThat(carried.currentChatID()).isEqualTo("!a:x");
        assertThat(carried.drafts().get("!b:x")).isEqualTo(plain);
        SavedDraft again = carried.drafts().get("!a:x");
        assertThat(again.text()).isEqualTo("look");
        assertThat(again.attachment().upload()).isNull();
        assertThat(again.attachment().file()).isEqualTo(attached.file());
    }
}
