package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.Dimensions;
import com.beepercomposer.api.OutgoingAttachment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatrixPlanTest {
    private static final AttachmentOverrides GIF_NAME = new AttachmentOverrides(null, "a.gif", "image/gif", "", "", "");
    private static final AttachmentOverrides BIG = new AttachmentOverrides(null, "", "", "3.5", "512", "512");

    @Test
    void typesOnlyMakeOneVariantPerTypeInMenuOrderWithNoOverrides() {
        List<MatrixVariant> variants = MatrixPlan.expand(
                Set.of(AttachmentType.STICKER, AttachmentType.IMAGE, AttachmentType.FILE), List.of());

        assertThat(variants).extracting(MatrixVariant::label).containsExactly("image", "file", "sticker");
        assertThat(variants.get(2).attachment("u1"))
                .isEqualTo(new OutgoingAttachment("u1", null, null, null, null, AttachmentType.STICKER));
    }

    @Test
    void overrideSetsOnlyLeaveTheTypeToTheServer() {
        List<MatrixVariant> variants = MatrixPlan.expand(Set.of(), List.of(GIF_NAME, BIG));

        assertThat(variants).extracting(MatrixVariant::label)
                .containsExactly("auto \u00b7 name=a.gif \u00b7 image/gif", "auto \u00b7 512\u00d7512 \u00b7 3.5 s");
        assertThat(variants.get(0).attachment("u1"))
                .isEqualTo(new OutgoingAttachment("u1", "a.gif", "image/gif", null, null, null));
        assertThat(variants.get(1).attachment("u1"))
                .isEqualTo(new OutgoingAttachment("u1", null, null, 3.5, new Dimensions(512, 512), null));
    }

    @Test
    void typesAndSetsMakeTheCrossProductTypesOuterAndASetsOwnTypeIsNotUsed() {
        AttachmentOverrides typed = new AttachmentOverrides(AttachmentType.VIDEO, "a.gif", "image/gif", "", "", "");
        List<MatrixVariant> variants = MatrixPlan.expand(Set.of(AttachmentType.GIF, AttachmentType.STICKER),
                List.of(typed, BIG));

        assertThat(variants).extracting(MatrixVariant::label).containsExactly(
                "gif \u00b7 name=a.gif \u00b7 image/gif", "gif \u00b7 512\u00d7512 \u00b7 3.5 s",
                "sticker \u00b7 name=a.gif \u00b7 image/gif", "sticker \u00b7 512\u00d7512 \u00b7 3.5 s");
        assertThat(variants).extracting(v -> v.attachment("u").type()).containsExactly(
                AttachmentType.GIF, AttachmentType.GIF, AttachmentType.STICKER, AttachmentType.STICKER);
    }

    @Test
    void nothingChosenIsNothingToSend() {
        assertThat(MatrixPlan.expand(Set.of(), List.of())).isEmpty();
        assertThat(MatrixPlan.summary(0, 0)).isEqualTo("Nothing to send yet");
    }

    @Test
    void theSummarySaysHowTheCountComes() {
        assertThat(MatrixPlan.summary(3, 0)).isEqualTo("3 types = 3 messages");
        assertThat(MatrixPlan.summary(0, 1)).isEqualTo("1 override set, type auto = 1 message");
        assertThat(MatrixPlan.summary(3, 2)).isEqualTo("3 types \u00d7 2 override sets = 6 messages");
    }

    @Test
    void aVariantRefusesOverridesThatCannotBeSent() {
        assertThatThrownBy(() -> MatrixVariant.of(null, new AttachmentOverrides(null, "", "nope", "", "", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MIME");
    }
}
