package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.i18n.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
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

/** The group column's help: a tooltip made on first hover, saying the help only while its cell shows a group's head. */
@ExtendWith(ApplicationExtension.class)
class HistoryGroupTooltipTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private ExecutorService io;
    private InMemorySendLog log;
    private ConnectionRef here;
    private TableView<HistoryRow> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        io = java.util.concurrent.Executors.newSingleThreadExecutor(com.beepercomposer.work.Workers.named("test-io"));
        ClientConfig config = ClientConfig.of("http://127.0.0.1:9", AccessToken.of("t"));
        here = ConnectionRef.desktop(config.baseUri());
        log = new InMemorySendLog();
        row(T0, "older, alone", null);
        row(T0.plusSeconds(1), "first file", new SendGroup("g", SendGroup.Kind.FILES, 0, 2, null));
        row(T0.plusSeconds(2), "second file", new SendGroup("g", SendGroup.Kind.FILES, 1, 2, null));
        HistoryViewModel model = new HistoryViewModel(log, new Sender(new BeeperClient(config), log,
                Clock.systemUTC(), io, () -> here), r -> { }, here, UiExecutor.fx(),
                com.beepercomposer.work.Workers.allOn(io), new FxDialogs());
        UiSettings.inMemory().applyTheme();
        Parent root = new HistoryView(model).root();
        stage.setScene(new Scene(root, 1200, 500));
        stage.show();
        table = (TableView<HistoryRow>) root.lookup(".table-view");
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
