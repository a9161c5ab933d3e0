package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.Dimensions;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.UploadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The attachment as the recipient will see it, following the type override and the other overrides. */
class AttachmentAppearanceTest {
    private static final Path LOCAL = Path.of("x");

    private static UploadResult upload(String name, String mime, long bytes, Integer w, Integer h, Double seconds) {
        return new UploadResult("up-1", null, name, mime, bytes, w, h, seconds, null);
    }

    private static OutgoingAttachment sent(AttachmentType type, Dimensions size, Double duration) {
        return new OutgoingAttachment("up-1", null, null, duration, size, type);
    }

    @Test
    void aPhotoIsDrawnWithinTheMediaBoxKeepingItsShapeAndNeverEnlarged() {
        AttachmentAppearance photo = AttachmentAppearance.of(new LocalFile(LOCAL, "cat.jpg", 1, "image/jpeg"),
                upload("cat.jpg", "image/jpeg", 2_400_000, 1280, 960, null), null);
        assertThat(photo.kind()).isEqualTo("image");
        assertThat(photo.isPicture()).isTrue();
        assertThat(photo.width()).isEqualTo(320);
        assertThat(photo.height()).isEqualTo(240);
        assertThat(photo.detail()).isEqualTo("1280\u00d7960 \u00b7 2.3 MB");

        AttachmentAppearance small = AttachmentAppearance.of(new LocalFile(LOCAL, "dot.png", 1, "image/png"),
                upload("dot.png", "image/png", 900, 100, 50, null), null);
        assertThat(small.width()).isEqualTo(100);
        assertThat(small.height()).isEqualTo(50);
    }

    @Test
    void theStickerOverrideShowsThePictureSmall() {
        AttachmentAppearance sticker = AttachmentAppearance.of(new LocalFile(LOCAL, "wave.png", 1, "image/png"),
                upload("wave.png", "image/png", 30_000, 64, 64, null),
                sent(AttachmentType.STICKER, new Dimensions(512, 512), null));
        assertThat(sticker.kind()).isEqualTo("sticker");
        assertThat(sticker.width()).isEqualTo(AttachmentAppearance.STICKER_BOX);
        assertThat(sticker.height()).isEqualTo(AttachmentAppearance.STICKER_BOX);
        assertThat(sticker.detail()).isEqualTo("Sticker \u00b7 512\u00d7512");
    }

    @Test
    void aFileIsAChipWithNameAndSizeAndAVoiceNoteOneWithItsDuration() {
        AttachmentAppearance file = AttachmentAppearance.of(new LocalFile(LOCAL, "report.pdf", 1_300_000,
                "application/pdf"), null, null);
        assertThat(file.isPicture()).isFalse();
        assertThat(file.kind()).isEqualTo("file");
        assertThat(file.title()).isEqualTo("report.pdf");
        assertThat(file.detail()).isEqualTo("1.2 MB \u00b7 application/pdf");

        AttachmentAppearance voice = AttachmentAppearance.of(new LocalFile(LOCAL, "memo.ogg", 1, "audio/ogg"),
                upload("memo.ogg", "audio/ogg", 52_000, null, null, 7.0),
                sent(AttachmentType.VOICE_NOTE, null, 42.4));
        assertThat(voice.kind()).isEqualTo("voice-note");
        assertThat(voice.title()).isEqualTo("Voice message");
        assertThat(voice.detail()).isEqualTo("0:42 \u00b7 51 KB");

        AttachmentAppearance asFile = AttachmentAppearance.of(new LocalFile(LOCAL, "cat.jpg", 1, "image/jpeg"),
                upload("cat.jpg", "image/jpeg", 2048, 640, 480, null), sent(AttachmentType.FILE, null, null));
        assertThat(asFile.isPicture()).isFalse();
        assertThat(asFile.title()).isEqualTo("cat.jpg");
    }

    @Test
    void aVideoShowsAFrameOfItsDisplaySizeWithLengthAndSize() {
        AttachmentAppearance video = AttachmentAppearance.of(new LocalFile(LOCAL, "clip.mp4", 1, "video/mp4"),
                upload("clip.mp4", "video/mp4", 4_400_000, 1920, 1080, 3725.0), null);
        assertThat(video.kind()).isEqualTo("video");
        assertThat(video.isPicture()).isFalse();
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.height()).isEqualTo(180);
        assertThat(video.detail()).isEqualTo("Video \u00b7 1920\u00d71080 \u00b7 1:02:05 \u00b7 4.2 MB");
    }
}
