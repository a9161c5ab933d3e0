package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

/**
 * The history table shows the filtered rows as they are until a column is sorted: sorting and
 * unsorting keep the selected row selected, filtering while sorted keeps the order, and the
 * filtered rows themselves are never sorted in place.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryTableSortTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private ExecutorService lane;
    private HistoryViewModel model;
    private TableView<HistoryRow> table;
    private TableColumn<HistoryRow, ?> textColumn;

    @Start
    void start(Stage stage) {
        ConnectionRef here = ConnectionRef.sandbox(URI.create("http://127.0.0.1:9"));
        InMemorySendLog log = new InMemorySendLog();
        for (String text : List.of("banana", "apple", "cherry", "apricot", "avocado")) {
            log.add(SendRecord.sending(T0, "!q:x", "Team", text, null, null, null, "{}").withConnection(here));
        }
        lane = Executors.newSingleThreadExecutor(com.beepercomposer.work.Workers.named("test-lane"));
        model = new HistoryViewModel(log, null, row -> { }, here, UiExecutor.fx(),
                com.beepercomposer.work.Workers.allOn(lane), new FxDialogs());
        table = HistoryModels.showTable(stage, model, 1100, 600);
        textColumn = table.getColumns().stream().filter(c -> "Text".equals(c.getText())).findFirst().orElseThrow();
    }

    @AfterEach
    void stop() {
        lane.shutdownNow();
    }

    private List<String> shown() {
        return table.getItems().stream().map(row -> row.record().text()).toList();
    }

    private String selected() {
        HistoryRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.record().text();
    }

    private void selectText(FxRobot robot, String text) {
        robot.interact(() -> table.getSelectionModel().clearAndSelect(shown().indexOf(text)));
    }

    @Test
    void sortingAndUnsortingKeepTheSelectedRowAndFilteringKeepsTheOrder(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).containsExactly("avocado", "apricot", "cherry", "apple", "banana");

        robot.interact(() -> model.textFilterProperty().set("a"));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.textFilterProperty().set("ap"));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).containsExactly("apricot", "apple");

        robot.interact(() -> model.textFilterProperty().set("a"));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        selectText(robot, "apple");
        robot.interact(() -> table.getSortOrder().setAll(List.of(textColumn)));
        assertThat(shown()).containsExactly("apple", "apricot", "avocado", "banana");
        assertThat(selected()).isEqualTo("apple");
        assertThat(model.visibleRows()).extracting(row -> row.record().text())
                .as("the filtered rows keep their order").containsExactly("avocado", "apricot", "apple", "banana");

        robot.interact(() -> textColumn.setSortType(TableColumn.SortType.DESCENDING));
        assertThat(shown()).containsExactly("banana", "avocado", "apricot", "apple");
        assertThat(selected()).isEqualTo("apple");

        robot.interact(() -> model.textFilterProperty().set("av"));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.textFilterProperty().set(""));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).as("sorted while the filter changes").containsExactly("cherry", "banana", "avocado", "apricot",
                "apple");
        selectText(robot, "cherry");

        robot.interact(() -> table.getSortOrder().clear());
        assertThat(shown()).containsExactly("avocado", "apricot", "cherry", "apple", "banana");
        assertThat(selected()).as("kept through unsorting").isEqualTo("cherry");
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);
    }

    @Test
    void aFilterPassKeepsTheSelectedRowAndItsDetailsWhileItStillShowsIt(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        selectText(robot, "apricot");
        SendRecord details = model.detailsProperty().get();
        assertThat(details.text()).isEqualTo("apricot");
        List<SendRecord> shownDetails = new java.util.ArrayList<>();
        robot.interact(() -> model.detailsProperty().addListener((obs, old, now) -> shownDetails.add(now)));

        robot.interact(() -> model.textFilterProperty().set("ap"));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents(); // the pass that changed the rows selects again before it ends
        assertThat(selected()).isEqualTo("apricot");
        assertThat(model.detailsProperty().get()).isSameAs(details);
        assertThat(shownDetails).as("the details pane is not emptied and filled again").isEmpty();

        robot.interact(() -> model.stateFilterProperty().set(SendState.REJECTED));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected()).isNull();
        assertThat(model.detailsProperty().get()).as("hidden by the filter").isNull();
    }
}
