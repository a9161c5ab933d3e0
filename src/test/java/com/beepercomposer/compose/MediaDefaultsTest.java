package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.media.MediaFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaDefaultsTest {
    @TempDir
    Path dir;

    @Test
    void blankFieldsTakeWhatTheFileSays() {
        AttachmentOverrides filled = MediaDefaults.withFacts(AttachmentOverrides.NONE, new MediaFacts(2.5, 640, 480));
        OutgoingAttachment sent = filled.apply("up-1");

        assertThat(sent.duration()).isEqualTo(2.5);
        assertThat(sent.size().width()).isEqualTo(640);
        assertThat(sent.size().height()).isEqualTo(480);
    }

    @Test
    void whatThePersonTypedWins() {
        AttachmentOverrides typed = new AttachmentOverrides(AttachmentType.VIDEO, "", "", "7", "10", "20");
        OutgoingAttachment sent = MediaDefaults.withFacts(typed, new MediaFacts(2.5, 640, 480)).apply("up-1");

        assertThat(sent.duration()).isEqualTo(7.0);
        assertThat(sent.size().width()).isEqualTo(10);
        assertThat(sent.type()).isEqualTo(AttachmentType.VIDEO);
    }

    @Test
    void aVoiceNoteFileGetsItsLengthAndAnImageNothing() throws IOException {
        Path voice = dir.resolve("voice.ogg");
        try (InputStream in = MediaDefaultsTest.class.getResourceAsStream("/media/voice.ogg")) {
            Files.write(voice, in.readAllBytes());
        }
        OutgoingAttachment note = MediaDefaults.withDetected(AttachmentOverrides.NONE, voice, LocalMime.guess(voice))
                .apply("up-1");
        AttachmentOverrides asImage = MediaDefaults.withDetected(AttachmentOverrides.NONE, voice, "image/png");

        assertThat(note.duration()).isBetween(2.95, 3.05);
        assertThat(note.size()).isNull();
        assertThat(asImage).isEqualTo(AttachmentOverrides.NONE);
    }
}
