package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The table gives its room to the message text, shows today's time briefly, and tells the rest in tooltips. */
@ExtendWith(ApplicationExtension.class)
class HistoryLayoutTest {
    private ExecutorService io;
    private TableView<HistoryRow> table;

    @Start
    void start(Stage stage) {
        io = java.util.concurrent.Executors.newSingleThreadExecutor(com.beepercomposer.work.Workers.named("test-io"));
        ClientConfig config = ClientConfig.of("http://127.0.0.1:9", AccessToken.of("t"));
        ConnectionRef here = ConnectionRef.desktop(config.baseUri());
        InMemorySendLog log = new InMemorySendLog();
        log.add(SendRecord.sending(Instant.now(), "!team:x", "Team", "a message long enough to be cut somewhere "
                .repeat(6), null, null, null, "{}").withConnection(here));
        table = HistoryModels.showTable(stage, HistoryModels.onFx(log, new BeeperClient(config), here, io), 1500, 500);
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @Test
    void theTextColumnTakesTheSlackAndCellsTellTheirWholeValue(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<HistoryRow, ?> text = column("Text");
        for (TableColumn<HistoryRow, ?> other : table.getColumns()) {
            if (other != text && other.isVisible()) {
                assertThat(text.getWidth()).as(other.getText()).isGreaterThan(other.getWidth());
            }
        }
        TableCell<?, ?> time = cell("Time");
        assertThat(time.getText()).matches("\\d\\d:\\d\\d:\\d\\d");
        assertThat(hovered(robot, time).getTooltip().getText()).contains(time.getText());
        assertThat(hovered(robot, cell("Text")).getTooltip().getText()).startsWith("a message long enough");
    }

    /** The cell once the pointer has reached it: its tooltip is made then. */
    private static TableCell<?, ?> hovered(FxRobot robot, TableCell<?, ?> cell) {
        robot.interact(() -> javafx.event.Event.fireEvent(cell, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, javafx.scene.input.MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        return cell;
    }

    private TableColumn<HistoryRow, ?> column(String title) {
        return table.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    private TableCell<?, ?> cell(String title) {
        int index = table.getVisibleLeafIndex(column(title));
        return (TableCell<?, ?>) table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == 0
                        && table.getVisibleLeafIndex((TableColumn) c.getTableColumn()) == index)
                .findFirst().orElseThrow();
    }
}
