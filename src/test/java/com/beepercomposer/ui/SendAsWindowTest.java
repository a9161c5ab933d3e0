package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.Json;
import com.beepercomposer.history.MatrixLine;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Language;
import com.beepercomposer.sandbox.PngFiles;
import com.beepercomposer.sandbox.SandboxServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Send as…" from the real window against the sandbox: a PNG attached, sent as image, file and
 * sticker with one override set, the grouped history rows, the matrix's cells as the server
 * reports them, its exports; and pictures of the dialog and the matrix in both themes.
 */
@ExtendWith(ApplicationExtension.class)
class SendAsWindowTest extends SandboxWindowTestBase {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void sendThreeTypesWithOneOverrideSetAndReadTheMatrix(FxRobot robot) throws Exception {
        attachPng(robot, "dot.png");
        Button sendAs = robot.lookup("#sendAsButton").queryButton();
        await(() -> !sendAs.isDisabled());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> root(SendAsDialog.ID) != null);
        Parent dialog = root(SendAsDialog.ID);
        Button send = (Button) dialog.lookup("#sendAsSend");
        assertThat(send.isDisabled()).isTrue();
        assertThat(((Label) dialog.lookup("#sendAsProblem")).getText()).isEqualTo(SendAsViewModel.nothingChosen());

        robot.clickOn(dialog.lookup("#sendAsType-image"));
        robot.clickOn(dialog.lookup("#sendAsType-file"));
        robot.clickOn(dialog.lookup("#sendAsType-sticker"));
        robot.clickOn(dialog.lookup("#sendAsAddSet"));
        robot.clickOn(dialog.lookup("#sendAsSet0-name")).write("renamed.png");
        robot.clickOn(dialog.lookup("#sendAsSet0-width")).write("6x");
        // The problem shows under the field concerned, and Send says why it is off.
        await(() -> ((Label) dialog.lookup("#sendAsSet0-width-error")).getText().contains("whole number"));
        assertThat(((Label) dialog.lookup("#sendAsSet0-height-error")).getText()).contains("both width and height");
        assertThat(send.isDisabled()).isTrue();
        assertThat(((Label) dialog.lookup("#sendAsProblem")).getText()).isEqualTo(SendAsViewModel.fixFields());
        // The rows are drawn again when a set comes and goes: the field in error stays marked.
        robot.clickOn(dialog.lookup("#sendAsAddSet"));
        await(() -> dialog.lookup("#sendAsSet1-remove") != null);
        robot.clickOn(dialog.lookup("#sendAsSet1-remove"));
        await(() -> dialog.lookup("#sendAsSet1-remove") == null);
        assertThat(dialog.lookup("#sendAsSet0-width").getStyleClass()).contains("danger");
        Files.createDirectories(Screenshots.DIR);
        Screenshots.save(robot, dialog, "send-as-dialog-problem-light");
        robot.interact(() -> ((javafx.scene.control.TextField) dialog.lookup("#sendAsSet0-width")).setText("64"));
        robot.clickOn(dialog.lookup("#sendAsSet0-height")).write("48");
        robot.clickOn(dialog.lookup("#sendAsSet0-duration")).write("2.5");
        await(() -> !send.isDisabled());
        assertThat(((Label) dialog.lookup("#sendAsSummary")).getText())
                .isEqualTo("3 types \u00d7 1 override set = 3 messages");
        assertThat(List.copyOf(((ListView<?>) dialog.lookup("#sendAsPreview")).getItems()).stream().map(String::valueOf).toList()).containsExactly(
                "1. image \u00b7 name=renamed.png \u00b7 64\u00d748 \u00b7 2.5 s",
                "2. file \u00b7 name=renamed.png \u00b7 64\u00d748 \u00b7 2.5 s",
                "3. sticker \u00b7 name=renamed.png \u00b7 64\u00d748 \u00b7 2.5 s");
        assertThat(send.getText()).isEqualTo("Send 3 messages");
        Screenshots.ownWindowInBothThemes(robot, dialog, "send-as-dialog");

        robot.clickOn(send);

        await(() -> root(MatrixView.ID) != null && root(SendAsDialog.ID) == null);
        MatrixView view = (MatrixView) root(MatrixView.ID).getProperties().get(MatrixView.class);
        await(() -> view.model().allSettledProperty().get(), () -> view.model().lines().toString());

        // The history: three rows, one group of kind MATRIX, a variant each.
        List<SendRecord> rows = log.all().stream()
                .sorted(Comparator.comparingInt((SendRecord r) -> r.group().index())).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(SendRecord::group).extracting(SendGroup::kind).containsOnly(SendGroup.Kind.MATRIX);
        assertThat(rows).extracting(r -> r.group().id()).containsOnly(view.model().groupID());
        assertThat(rows).extracting(r -> r.group().variant()).containsExactly(
                "image \u00b7 name=renamed.png \u00b7 64\u00d748 \u00b7 2.5 s",
                "file \u00b7 name=renamed.png \u00b7 64\u00d748 \u00b7 2.5 s",
                "sticker \u00b7 name=renamed.png \u00b7 64\u00d748 \u00b7 2.5 s");
        assertThat(rows).extracting(SendRecord::state).containsOnly(SendState.SENT);
        await(() -> history(robot).getItems().stream().filter(r -> r.record().group() != null).count() >= 1);

        // The matrix's cells: the final message as the server reports it.
        @SuppressWarnings("unchecked")
        TableView<MatrixLine> matrix = (TableView<MatrixLine>) root(MatrixView.ID).lookup("#matrixTable");
        assertThat(matrix.getItems()).extracting(MatrixLine::finalType).containsExactly("IMAGE", "FILE", "STICKER");
        assertThat(matrix.getItems()).extracting(MatrixLine::finalMimeType).containsOnly("image/png");
        assertThat(matrix.getItems()).extracting(MatrixLine::finalFileName).containsOnly("renamed.png");
        assertThat(matrix.getItems()).extracting(MatrixLine::finalSize).containsOnly("64\u00d748");
        assertThat(matrix.getItems()).extracting(MatrixLine::finalDuration).containsOnly("2.5");
        // The cells follow the rows on the next pulse.
        await(() -> cellTexts(matrix).containsAll(List.of("STICKER", "img \u00b7 sticker")),
                () -> String.valueOf(cellTexts(matrix)));
        assertThat(cellTexts(matrix)).contains("STICKER", "img \u00b7 sticker", "Sent", "sticker", "2.5 s");
        await(() -> matrix.lookupAll(".matrix-thumbnail").stream()
                .filter(n -> ((Labeled) n).getGraphic() instanceof ImageView).count() == 3);
        assertThat(((Label) root(MatrixView.ID).lookup("#matrixSummary")).getText()).isEqualTo("3 variants: 3 sent");
        Screenshots.ownWindowInBothThemes(robot, root(MatrixView.ID), "send-as-matrix");

        Path csv = dir.resolve("matrix.csv");
        Path json = dir.resolve("matrix.json");
        view.exportTo(csv).get(10, TimeUnit.SECONDS);
        view.exportTo(json).get(10, TimeUnit.SECONDS);
        List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(csvLines).hasSize(4);
        assertThat(csvLines.get(0)).startsWith("rowID,index,variant,sentType,sentMimeType,sentFileName,sentSize,"
                + "sentDuration,status,pendingMessageID,reason,finalMessageID,finalType,finalAttachment,");
        assertThat(csvLines.get(3)).contains(",sticker,,renamed.png,64\u00d748,2.5,SENT,pending-")
                .contains(",STICKER,img \u00b7 sticker,image/png,renamed.png,");
        JsonNode exported = Json.mapper().readTree(json.toFile());
        assertThat(exported).hasSize(3);
        assertThat(exported.get(1).get("finalType").asText()).isEqualTo("FILE");
        assertThat(exported.get(1).get("finalAttachment").asText()).isEqualTo("unknown");
        assertThat(exported.get(2).get("variant").asText()).startsWith("sticker");

        // Closing the matrix stops it following the history.
        int following = log.subscribers();
        robot.interact(() -> ((Stage) root(MatrixView.ID).getScene().getWindow()).close());
        assertThat(log.subscribers()).isEqualTo(following - 1);
    }

    /** The dialog and the matrix in the German window (chosen from View > Language), in both themes. */
    @Test
    void germanDialogAndMatrixInBothThemes(FxRobot robot) throws Exception {
        Languages.allowChoice();
        try {
            Languages.choose(robot, Language.GERMAN);
            await(() -> "Senden".equals(robot.lookup("#sendButton").queryButton().getText()));
            attachPng(robot, "punkt.png");
            Button sendAs = robot.lookup("#sendAsButton").queryButton();
            await(() -> !sendAs.isDisabled());
            assertThat(sendAs.getText()).isEqualTo("Senden als…");
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
            await(() -> root(SendAsDialog.ID) != null);
            Parent dialog = root(SendAsDialog.ID);
            Button send = (Button) dialog.lookup("#sendAsSend");
            assertThat(((Label) dialog.lookup("#sendAsProblem")).getText())
                    .isEqualTo("Kreuze mindestens einen Typ an oder füge einen Satz hinzu");
            robot.clickOn(dialog.lookup("#sendAsType-image"));
            robot.clickOn(dialog.lookup("#sendAsType-sticker"));
            robot.clickOn(dialog.lookup("#sendAsAddSet"));
            robot.clickOn(dialog.lookup("#sendAsSet0-width")).write("6x");
            await(() -> !((Label) dialog.lookup("#sendAsSet0-width-error")).getText().isEmpty());
            Screenshots.save(robot, dialog, "de-send-as-dialog-problem-light");
            robot.interact(() -> ((javafx.scene.control.TextField) dialog.lookup("#sendAsSet0-width")).setText("64"));
            robot.clickOn(dialog.lookup("#sendAsSet0-height")).write("48");
            await(() -> !send.isDisabled());
            assertThat(((Label) dialog.lookup("#sendAsSummary")).getText())
                    .isEqualTo("2 Typen \u00d7 1 Satz = 2 Nachrichten");
            assertThat(send.getText()).isEqualTo("2 Nachrichten senden");
            Screenshots.ownWindowInBothThemes(robot, dialog, "de-send-as-dialog");

            robot.clickOn(send);
            await(() -> root(MatrixView.ID) != null && root(SendAsDialog.ID) == null);
            MatrixView view = (MatrixView) root(MatrixView.ID).getProperties().get(MatrixView.class);
            await(() -> view.model().allSettledProperty().get(), () -> view.model().lines().toString());
            TableView<?> matrix = (TableView<?>) root(MatrixView.ID).lookup("#matrixTable");
            await(() -> matrix.lookupAll(".matrix-thumbnail").stream()
                    .filter(n -> ((Labeled) n).getGraphic() instanceof ImageView).count() == 2);
            assertThat(((Label) root(MatrixView.ID).lookup("#matrixSummary")).getText())
                    .isEqualTo("2 Varianten: 2 gesendet");
            await(() -> cellTexts(matrix).contains("Gesendet"), () -> String.valueOf(cellTexts(matrix)));
            assertThat(matrix.getColumns().get(0).getText()).isEqualTo("Variante");
            Screenshots.ownWindowInBothThemes(robot, root(MatrixView.ID), "de-send-as-matrix");
            robot.interact(() -> ((Stage) root(MatrixView.ID).getScene().getWindow()).close());
        } finally {
            Languages.reset();
        }
    }

    @Test
    void theHistoryOpensTheMatrixOfAMatrixRowWithItsShortcut(FxRobot robot) throws Exception {
        attachPng(robot, "again.png");
        await(() -> !robot.lookup("#sendAsButton").queryButton().isDisabled());
        robot.clickOn("#sendAsButton");
        await(() -> root(SendAsDialog.ID) != null);
        robot.clickOn(root(SendAsDialog.ID).lookup("#sendAsType-gif"));
        robot.clickOn(root(SendAsDialog.ID).lookup("#sendAsSend"));
        await(() -> root(MatrixView.ID) != null);
        robot.interact(() -> ((Stage) root(MatrixView.ID).getScene().getWindow()).close());
        var table = history(robot);
        await(() -> table.getItems().stream().anyMatch(r -> r.record().group() != null
                && r.record().state() == SendState.SENT));

        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).record().group() != null) {
                    table.getSelectionModel().select(i);
                    break;
                }
            }
        });
        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);

        await(() -> root(MatrixView.ID) != null);
        MatrixView view = (MatrixView) root(MatrixView.ID).getProperties().get(MatrixView.class);
        await(() -> view.model().allSettledProperty().get());
        assertThat(view.model().lines()).extracting(MatrixLine::finalType).containsExactly("IMAGE");
        assertThat(view.model().lines()).extracting(MatrixLine::finalAttachment).containsExactly("img \u00b7 gif");
        robot.interact(() -> ((Stage) root(MatrixView.ID).getScene().getWindow()).close());
    }

    @Test
    void theShortcutsListNamesSendAsAndTheMatrix() {
        assertThat(Shortcuts.all()).extracting(Shortcuts.Shortcut::keys)
                .contains(WindowKeys.SEND_AS.getDisplayText(), HistoryActions.MATRIX.getDisplayText());
    }

    @Test
    void aMatrixOpenWhenTheWindowIsRebuiltClosesAndStopsFollowingTheHistory(FxRobot robot) throws Exception {
        attachPng(robot, "switch.png");
        await(() -> !robot.lookup("#sendAsButton").queryButton().isDisabled());
        int before = log.subscribers();
        robot.clickOn("#sendAsButton");
        await(() -> root(SendAsDialog.ID) != null);
        robot.clickOn(root(SendAsDialog.ID).lookup("#sendAsType-file"));
        robot.clickOn(root(SendAsDialog.ID).lookup("#sendAsSend"));
        await(() -> root(MatrixView.ID) != null);
        assertThat(log.subscribers()).isEqualTo(before + 1);

        // What a connection switch does to the window it replaces.
        robot.interact(() -> window.close());

        await(() -> root(MatrixView.ID) == null);
        assertThat(log.subscribers()).isLessThan(before);
    }

    private void attachPng(FxRobot robot, String name) throws Exception {
        Path image = PngFiles.solid(dir, name, 64, 48, 0xFF3366CC);
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        FileDrags.dropOnEditor(robot, List.of(image));
        Label detected = robot.lookup(".attachment-detected").queryAs(Label.class);
        await(() -> detected.getText().contains("image/png"));
    }

    /** The root of the showing window with that id, or null. */
    private static Parent root(String id) {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && id.equals(s.getRoot().getId())).map(Scene::getRoot).findFirst()
                .orElse(null);
    }

    /** The texts the table's cells show, read on the FX thread, which updates them. */
    private static List<String> cellTexts(TableView<?> table) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-cell").stream()
                    .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).toList()).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
