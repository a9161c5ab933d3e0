package com.beepercomposer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Length and size read from small files made with ffmpeg (a 440 Hz tone, a test pattern): the
 * MP3 tone is 2.5 s, the Opus one 3 s, the AAC one 1.5 s, both videos 2 s (64x48 and 80x60).
 */
class MediaProbeTest {
    @TempDir
    Path dir;

    @Test
    void mp3() throws IOException {
        MediaFacts facts = MediaProbe.probe(sample("voice.mp3"), "audio/mpeg");
        assertThat(facts.durationSeconds()).isCloseTo(2.5, within(0.2));
        assertThat(facts.hasSize()).isFalse();
    }

    @Test
    void oggOpus() throws IOException {
        assertThat(MediaProbe.probe(sample("voice.ogg"), "audio/ogg").durationSeconds()).isCloseTo(3.0, within(0.05));
    }

    @Test
    void m4aHonoursTheEditListLikePlayersDo() throws IOException {
        assertThat(MediaProbe.probe(sample("voice.m4a"), "audio/mp4").durationSeconds()).isCloseTo(1.5, within(0.05));
    }

    @Test
    void mp4VideoHasLengthAndSize() throws IOException {
        MediaFacts facts = MediaProbe.probe(sample("clip.mp4"), "video/mp4");
        assertThat(facts.durationSeconds()).isCloseTo(2.0, within(0.05));
        assertThat(facts.width()).isEqualTo(64);
        assertThat(facts.height()).isEqualTo(48);
    }

    @Test
    void webmVideoHasLengthAndSize() throws IOException {
        MediaFacts facts = MediaProbe.probe(sample("clip.webm"), "video/webm");
        assertThat(facts.durationSeconds()).isCloseTo(2.0, within(0.05));
        assertThat(facts.width()).isEqualTo(80);
        assertThat(facts.height()).isEqualTo(60);
    }

    @Test
    void aBrokenOrForeignFileIsUnknownNotAnError() throws IOException {
        Path broken = dir.resolve("broken.mp4");
        byte[] head = Files.readAllBytes(sample("clip.mp4"));
        Files.write(broken, java.util.Arrays.copyOf(head, 40));
        Path text = Files.writeString(dir.resolve("notes.ogg"), "not an ogg file at all");

        assertThat(MediaProbe.probe(broken, "video/mp4")).isEqualTo(MediaFacts.UNKNOWN);
        assertThat(MediaProbe.probe(text, "audio/ogg")).isEqualTo(MediaFacts.UNKNOWN);
        assertThat(MediaProbe.probe(sample("voice.ogg"), "image/png")).isEqualTo(MediaFacts.UNKNOWN);
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = MediaProbeTest.class.getResourceAsStream("/media/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }
}
