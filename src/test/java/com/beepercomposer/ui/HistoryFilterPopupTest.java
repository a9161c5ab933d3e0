package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The filters' popup lists join a scene when they first show, and then list and choose as ever. */
@ExtendWith(ApplicationExtension.class)
class HistoryFilterPopupTest {
    private ExecutorService io;
    private Scene scene;
    private TableView<HistoryRow> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        io = java.util.concurrent.Executors.newSingleThreadExecutor(com.beepercomposer.work.Workers.named("test-io"));
        ClientConfig config = ClientConfig.of("http://127.0.0.1:9", AccessToken.of("t"));
        ConnectionRef here = ConnectionRef.desktop(config.baseUri());
        InMemorySendLog log = new InMemorySendLog();
        Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
        log.add(SendRecord.sending(t0, "!team:x", "Team", "hello", null, null, null, "{}").withConnection(here));
        log.add(SendRecord.sending(t0, "!family:x", "Family", "hi", null, null, null, "{}").withConnection(here));
        HistoryViewModel model = new HistoryViewModel(log, new Sender(new BeeperClient(config), log,
                Clock.systemUTC(), io, () -> here), r -> { }, here, UiExecutor.fx(),
                com.beepercomposer.work.Workers.allOn(io), new FxDialogs());
        UiSettings.inMemory().applyTheme();
        Parent root = new Views().register(HistoryView.class, () -> new HistoryView(model)).load("History.fxml");
        scene = new Scene(root, 1100, 500);
        stage.setScene(scene);
        stage.show();
        table = (TableView<HistoryRow>) root.lookup(".table-view");
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @Test
    void theFiltersListsAreBuiltWhenTheirPopupsFirstShow(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getRoot().lookupAll(".list-view")).isEmpty();

        @SuppressWarnings("unchecked")
        ComboBox<HistoryView.StateChoice> states = robot.lookup("#stateFilter").queryAs(ComboBox.class);
        robot.interact(states::requestFocus);
        robot.push(KeyCode.F4);
        waitFor(5, TimeUnit.SECONDS, states::isShowing);
        ListView<?> list = popupList(robot, states);
        waitFor(5, TimeUnit.SECONDS, () -> robot.from(list).lookup(".list-cell").queryAll().stream()
                .anyMatch(cell -> "All states".equals(((ListCell<?>) cell).getText())));
        assertThat(list.getItems()).hasSize(1 + SendState.values().length);
        assertThat(list.getWidth()).isGreaterThanOrEqualTo(states.getWidth());
        assertThat(list.getHeight()).isGreaterThan(0);
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitFor(5, TimeUnit.SECONDS, () -> !states.isShowing());
        assertThat(states.getValue().state()).isEqualTo(SendState.values()[0]);
        assertThat(scene.getRoot().lookupAll(".list-view")).isEmpty();

        @SuppressWarnings("unchecked")
        ComboBox<String> chats = robot.lookup("#chatFilter").queryAs(ComboBox.class);
        robot.interact(() -> states.getSelectionModel().select(HistoryView.StateChoice.ALL));
        Node arrow = chats.lookup(".arrow-button");
        robot.clickOn(arrow);
        waitFor(5, TimeUnit.SECONDS, chats::isShowing);
        ListView<?> chatList = popupList(robot, chats);
        waitFor(5, TimeUnit.SECONDS, () -> robot.from(chatList).lookup((Node n) -> n instanceof ListCell<?> c
                && "Family".equals(c.getText())).tryQuery().isPresent());
        Node family = robot.from(chatList).lookup((Node n) -> n instanceof ListCell<?> c
                && "Family".equals(c.getText())).query();
        robot.clickOn(family);
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(chats.getEditor().getText()).isEqualTo("Family");
    }

    private static ListView<?> popupList(FxRobot robot, ComboBox<?> combo) throws Exception {
        javafx.util.Callback<Node, Boolean> itsList = n -> n instanceof ListView<?> l && l.getItems() == combo.getItems()
                && l.getScene() != null && l.getScene().getWindow() instanceof javafx.stage.PopupWindow;
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(n -> itsList.call(n)).tryQuery().isPresent());
        return robot.lookup(n -> itsList.call(n)).queryAs(ListView.class);
    }
}
