package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.compose.SavedAttachment;
import com.beepercomposer.compose.SavedDraft;
import com.beepercomposer.compose.SavedDrafts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A draft kept with an attachment and its overrides opens with the form there, filled, from the start. */
@ExtendWith(ApplicationExtension.class)
class RestoredAttachmentWindowTest extends SandboxWindowTestBase {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Path file;
        try {
            file = Files.write(dir.resolve("kept.txt"), "kept".getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AttachmentOverrides overrides = new AttachmentOverrides(AttachmentType.IMAGE, "shown.txt", "text/plain",
                "", "wide", "40");
        SavedAttachment attachment = new SavedAttachment(file.toString(), "kept.txt", 4, "text/plain", null,
                overrides);
        startWindow(stage, new SavedDrafts(null,
                Map.of(SavedDrafts.NO_CHAT, new SavedDraft(null, "with a file", null, attachment))));
    }

    @Test
    void theRestoredOverridesFillTheFormAtStart(FxRobot robot) throws Exception {
        TitledPane pane = robot.lookup("#overridesPane").queryAs(TitledPane.class);
        assertThat(pane.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<AttachmentType> type = robot.lookup("#typeBox").queryAs(ComboBox.class);
        assertThat(type.getValue()).isEqualTo(AttachmentType.IMAGE);
        assertThat(robot.lookup("#fileNameField").queryAs(TextField.class).getText()).isEqualTo("shown.txt");
        assertThat(robot.lookup("#mimeField").queryAs(TextField.class).getText()).isEqualTo("text/plain");
        assertThat(robot.lookup("#heightField").queryAs(TextField.class).getText()).isEqualTo("40");
        TextField width = robot.lookup("#widthField").queryAs(TextField.class);
        assertThat(width.getText()).isEqualTo("wide");
        assertThat(width.getStyleClass()).contains("danger");

        robot.interact(() -> pane.setExpanded(true));
        Screenshots.inBothThemes(robot, pane.getScene().getRoot(), "restored-overrides");
    }

    @Test
    void aDisabledSendAsSaysWhyOnHover(FxRobot robot) throws Exception {
        javafx.scene.control.Button sendAs = robot.lookup("#sendAsButton").queryButton();
        assertThat(sendAs.isDisabled()).as("no chat chosen").isTrue();

        robot.moveTo(sendAs);

        await(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Tooltip tip && tip.isShowing()));
        Tooltip shown = (Tooltip) robot.listWindows().stream()
                .filter(w -> w instanceof Tooltip tip && tip.isShowing()).findFirst().orElseThrow();
        assertThat(shown.getText()).isNotEmpty()
                .isNotEqualTo(com.beepercomposer.i18n.Texts.get("attachment.sendAsButton.tooltip", WindowKeys.SEND_AS.getDisplayText()));
    }
}
