package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.i18n.Texts;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The history cells' tooltips, made on first hover: the group column's help only while its cell
 * shows a group's head, a text column's whole value, the connection's full story.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryGroupTooltipTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private ExecutorService io;
    private InMemorySendLog log;
    private ConnectionRef here;
    private TableView<HistoryRow> table;

    @Start
    void start(Stage stage) {
        io = java.util.concurrent.Executors.newSingleThreadExecutor(com.beepercomposer.work.Workers.named("test-io"));
        ClientConfig config = ClientConfig.of("http://127.0.0.1:9", AccessToken.of("t"));
        here = ConnectionRef.desktop(config.baseUri());
        log = new InMemorySendLog();
        row(T0, "older, alone", null);
        row(T0.plusSeconds(1), "first file", new SendGroup("g", SendGroup.Kind.FILES, 0, 2, null));
        row(T0.plusSeconds(2), "second file", new SendGroup("g", SendGroup.Kind.FILES, 1, 2, null));
        table = HistoryModels.showTable(stage, HistoryModels.onFx(log, new BeeperClient(config), here, io), 1200, 500);
    }

    private void row(Instant at, String text, SendGroup group) {
        SendRecord row = SendRecord.sending(at, "!team:x", "Team", text, null, null, null, "{}").withConnection(here);
        log.add(group == null ? row : row.withGroup(group));
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @Test
    void theHeadsHelpIsMadeOnHoverAndLeavesWhenTheCellShowsAnotherRow(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> head() != null);
        TableCell<?, ?> cell = head();
        assertThat(cell.getTooltip()).as("no tooltip before the pointer comes").isNull();

        robot.interact(() -> Event.fireEvent(cell, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
        Tooltip made = cell.getTooltip();
        assertThat(made.getText()).isEqualTo(Texts.get("group.hint"));

        // The table reuses the row for another one, as on a scroll: the help goes, and comes back with the head.
        java.util.List<String> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            javafx.scene.control.TableRow<?> tableRow = cell.getTableRow();
            tableRow.updateIndex(1);
            seen.add(cell.getText() + " | " + tip(cell, made));
            tableRow.updateIndex(0);
            seen.add(cell.getText().startsWith("\u25b8") + " | " + tip(cell, made));
        });
        assertThat(seen).containsExactly("null | none", "true | " + Texts.get("group.hint"));
    }

    @Test
    void aTextCellsTooltipIsMadeOnHoverAndSaysTheValueOfTheRowTheCellShows(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> cellOf("textColumn", 0) != null && cellOf("viaColumn", 0) != null);
        TableCell<?, ?> text = cellOf("textColumn", 0);
        TableCell<?, ?> via = cellOf("viaColumn", 0);
        assertThat(text.getTooltip()).as("no tooltip before the pointer comes").isNull();
        assertThat(via.getTooltip()).as("no tooltip before the pointer comes").isNull();

        hover(robot, text);
        hover(robot, via);
        Tooltip made = text.getTooltip();
        String firstText = text.getText();
        assertThat(made.getText()).isEqualTo(firstText).isNotEmpty();
        assertThat(made.isWrapText()).isTrue();
        assertThat(via.getTooltip().getText()).isEqualTo(here.describe());

        // The table reuses the row for another one, as on a scroll: the one tooltip says that row's text.
        java.util.List<String> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            text.getTableRow().updateIndex(1);
            seen.add(text.getText() + " | " + tip(text, made));
            text.getTableRow().updateIndex(7);
            seen.add(text.getText() + " | " + tip(text, made));
            text.getTableRow().updateIndex(0);
            seen.add(text.getText() + " | " + tip(text, made));
        });
        String otherText = table.getItems().get(1).record().text();
        assertThat(otherText).isNotEqualTo(firstText);
        assertThat(seen).containsExactly(otherText + " | " + otherText, "null | none",
                firstText + " | " + firstText);
    }

    private static void hover(FxRobot robot, TableCell<?, ?> cell) {
        robot.interact(() -> Event.fireEvent(cell, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
    }

    /** The column's cell of row {@code index}, on screen. */
    private TableCell<?, ?> cellOf(String columnId, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        return table.lookupAll(".table-cell").stream().filter(HistoryGroupTooltipTest::shown)
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == index && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .findFirst().orElse(null);
    }

    /** The cell's tooltip text; "none" without one; a tooltip other than {@code made} fails. */
    private static String tip(TableCell<?, ?> cell, Tooltip made) {
        if (cell.getTooltip() == null) {
            return "none";
        }
        assertThat(cell.getTooltip()).isSameAs(made);
        return made.getText();
    }

    /** The group column's cell of the group's head, on screen (the table keeps a hidden one for measuring). */
    private TableCell<?, ?> head() {
        WaitForAsyncUtils.waitForFxEvents();
        return table.lookupAll(".group-head").stream().filter(HistoryGroupTooltipTest::shown)
                .map(n -> (TableCell<?, ?>) n).findFirst().orElse(null);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
