package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.Dimensions;
import com.beepercomposer.api.OutgoingAttachment;
import org.junit.jupiter.api.Test;

class AttachmentOverridesTest {

    @Test
    void onlyWhatWasSetIsSent() {
        assertThat(AttachmentOverrides.NONE.apply("u1")).isEqualTo(OutgoingAttachment.of("u1"));
        AttachmentOverrides all = new AttachmentOverrides(AttachmentType.VOICE_NOTE, " note.ogg ", "audio/ogg",
                "3,5", "512", "512");
        assertThat(all.errors()).isEmpty();
        assertThat(all.apply("u1")).isEqualTo(new OutgoingAttachment("u1", "note.ogg", "audio/ogg", 3.5,
                new Dimensions(512, 512), AttachmentType.VOICE_NOTE));
    }

    @Test
    void eachFieldIsCheckedOnItsOwn() {
        assertThat(new AttachmentOverrides(null, "a/b", "", "", "", "").errors()).containsKey("fileName");
        assertThat(new AttachmentOverrides(null, "", "png", "", "", "").errors()).containsKey("mimeType");
        assertThat(new AttachmentOverrides(null, "", "", "-1", "", "").errors()).containsKey("duration");
        assertThat(new AttachmentOverrides(null, "", "", "soon", "", "").errors()).containsKey("duration");
        assertThat(new AttachmentOverrides(null, "", "", "", "0", "10").errors()).containsOnlyKeys("width");
        assertThat(new AttachmentOverrides(null, "", "", "", "10", "").errors())
                .containsEntry("height", "Give both width and height, or neither");
    }
}
