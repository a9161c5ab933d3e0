package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.MatrixPlan;
import com.beepercomposer.compose.MatrixVariant;
import org.junit.jupiter.api.Test;

/** The dialog's state without a toolkit: what the ticks and sets make, and why Send is off. */
class SendAsViewModelTest {
    private final SendAsViewModel model = new SendAsViewModel(null,
            new ChatSummary("!c", null, "Chat", "matrix", false, false, null), "u1", "a.png");

    @Test
    void nothingChosenSaysSoAndSendIsOff() {
        assertThat(model.problemProperty().get()).isEqualTo(SendAsViewModel.nothingChosen());
        assertThat(model.canSendProperty().get()).isFalse();
        assertThat(model.send()).isNull();
    }

    @Test
    void ticksAndSetsFollowTheRuleAndAFieldsProblemTurnsSendOff() {
        model.typeProperty(AttachmentType.STICKER).set(true);
        model.typeProperty(AttachmentType.IMAGE).set(true);
        assertThat(model.variantsProperty().get()).extracting(MatrixVariant::label).containsExactly("image", "sticker");

        OverridesForm set = model.addSet();
        set.fileNameProperty().set("b.gif");
        assertThat(model.summaryProperty().get()).isEqualTo("2 types \u00d7 1 override set = 2 messages");
        assertThat(model.variantsProperty().get()).extracting(MatrixVariant::label)
                .containsExactly("image \u00b7 name=b.gif", "sticker \u00b7 name=b.gif");

        set.widthProperty().set("wide");
        assertThat(model.problemProperty().get()).isEqualTo(SendAsViewModel.fixFields());
        assertThat(model.canSendProperty().get()).isFalse();
        assertThat(model.variantsProperty().get()).isEmpty();

        model.removeSet(set);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).isTrue();
        assertThat(model.variantsProperty().get()).hasSize(2);
        // A removed form no longer counts.
        set.widthProperty().set("still wide");
        assertThat(model.canSendProperty().get()).isTrue();
    }

    @Test
    void noMoreSetsThanTheLimit() {
        for (int i = 0; i < MatrixPlan.MAX_SETS + 2; i++) {
            model.addSet();
        }
        assertThat(model.sets()).hasSize(MatrixPlan.MAX_SETS);
        assertThat(model.canAddSetProperty().get()).isFalse();
    }
}
