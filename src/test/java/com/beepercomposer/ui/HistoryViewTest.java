package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.asyncFx;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.fxmisc.richtext.CodeArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real history view, headless, with rows already in the log and a mock server for retries. */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {
    private static final String TOKEN = "real-secret-token-42";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private MockWebServer server;
    private ExecutorService io;
    private InMemorySendLog log;
    private HistoryView view;
    private TableView<HistoryRow> table;
    private final List<SendRecord> loaded = new CopyOnWriteArrayList<>();
    private SendRecord sent;
    private SendRecord pending;
    private SendRecord rejected;
    private SendRecord unknown;

    @TempDir
    Path dir;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) throws IOException {
        server = new MockWebServer();
        server.start();
        io = java.util.concurrent.Executors.newSingleThreadExecutor(com.beepercomposer.work.Workers.named("test-io"));
        ClientConfig config = ClientConfig.of("http://127.0.0.1:" + server.getPort(), AccessToken.of(TOKEN))
                .withRetries(0, java.time.Duration.ofMillis(1));
        ConnectionRef here = ConnectionRef.desktop(config.baseUri());
        log = new InMemorySendLog();
        sent = log.add(SendRecord.sending(T0, "!team:x", "Team", "hello", null, null, null, "{\"text\":\"hello\"}").withConnection(here));
        sent = sent.pending("p-sent", "!team:x", T0.plusMillis(120))
                .withResponseJson("{\"chatID\":\"!team:x\",\"pendingMessageID\":\"p-sent\"}")
                .settled(SendState.SENT, "f-sent", null, T0.plusMillis(1400))
                .withFinalMessageJson("{\"id\":\"f-sent\",\"chatID\":\"!team:x\"}");
        log.update(sent);
        pending = log.add(SendRecord.sending(T0, "!team:x", "Team", "on its way", null, null, null,
                "{\"text\":\"on its way\"}").withConnection(here)).pending("p-pending", "!team:x", T0);
        log.update(pending);
        rejected = log.add(SendRecord.sending(T0, "!family:x", "Family", "it's rejected", "m0", "a.png", "up-1",
                "{\"text\":\"it's rejected\",\"replyToMessageID\":\"m0\",\"attachment\":{\"uploadID\":\"up-1\"}}").withConnection(here));
        rejected = rejected.settled(SendState.REJECTED, null, "HTTP 400 BAD: nope", T0.plusMillis(80));
        log.update(rejected);
        unknown = log.add(SendRecord.sending(T0, "!family:x", "Family", "maybe", null, null, null,
                "{\"text\":\"maybe\"}").withConnection(here)).settled(SendState.UNKNOWN, null, "No answer", T0.plusSeconds(30));
        log.update(unknown);

        BeeperClient client = new BeeperClient(config);
        HistoryViewModel model = HistoryModels.onFx(log, client, here, io, loaded::add);
        UiSettings.inMemory().applyTheme();
        view = new HistoryView(model);
        Parent root = view.root();
        stage.setScene(new Scene(root, 1100, 600));
        stage.show();
        stage.requestFocus();
        table = (TableView<HistoryRow>) root.lookup(".table-view");
    }

    @AfterEach
    void stop() {
        server.close();
        io.shutdownNow();
    }

    private void rowsLoaded() throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
    }

    private void select(FxRobot robot, SendRecord... rows) throws Exception {
        rowsLoaded();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            for (SendRecord row : rows) {
                table.getSelectionModel().select(indexOf(row.id()));
            }
        });
    }

    private int indexOf(long id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static String clipboard() throws Exception {
        return asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void showsEveryRowNewestFirstWithStatusAndDetails(FxRobot robot) throws Exception {
        rowsLoaded();
        assertThat(table.getItems()).extracting(HistoryRow::id)
                .containsExactly(unknown.id(), rejected.id(), pending.id(), sent.id());
        select(robot, sent);
        CodeArea request = robot.lookup("#requestArea").queryAs(CodeArea.class);
        waitFor(5, TimeUnit.SECONDS, () -> !request.getText().isEmpty());
        assertThat(request.getText()).isEqualTo("{\n  \"text\" : \"hello\"\n}");
        assertThat(robot.lookup("#finalArea").queryAs(CodeArea.class).getText()).contains("\"id\" : \"f-sent\"");
        assertThat(request.getStyleOfChar(5)).containsExactly("json-key");
        assertThat(request.getStyleOfChar(14)).containsExactly("json-string");
        robot.clickOn("#requestAreaCopy");
        assertThat(clipboard()).isEqualTo(request.getText());
        assertThat(robot.lookup("#timingsLabel").queryAs(Label.class).getText())
                .isEqualTo("pending after 120 ms, final after 1.4 s");
        assertThat(robot.lookup(".state-sent").tryQuery()).isPresent();
    }

    @Test
    void theJsonTabsJoinTheWindowWhenARowIsFirstChosen(FxRobot robot) throws Exception {
        rowsLoaded();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#jsonTabs").tryQuery()).isEmpty();
        assertThat(robot.lookup(".tab-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#detailsTitle").queryAs(Label.class).getText())
                .isEqualTo(com.beepercomposer.i18n.Texts.get("history.details.none"));
        select(robot, sent);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#jsonTabs").tryQuery().isPresent());
        CodeArea request = robot.lookup("#requestArea").queryAs(CodeArea.class);
        waitFor(5, TimeUnit.SECONDS, () -> !request.getText().isEmpty());
        assertThat(request.getText()).isEqualTo("{\n  \"text\" : \"hello\"\n}");
        assertThat(robot.lookup("#detailsBox").query().isDisabled()).isFalse();
    }

    @Test
    void statusCellsEmptiedByTheFilterShowNoIconOrText(FxRobot robot) throws Exception {
        rowsLoaded();
        ComboBox<HistoryView.StateChoice> states = robot.lookup("#stateFilter").queryAs(ComboBox.class);
        robot.interact(() -> states.getSelectionModel().select(new HistoryView.StateChoice(SendState.REJECTED)));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> { });
        List<javafx.scene.control.TableCell<?, ?>> statusCells = robot.lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> cell) -> cell.getTableColumn() != null
                        && "Status".equals(cell.getTableColumn().getText()) && cell.isVisible()
                        && cell.getTableRow() != null && cell.getTableRow().isVisible())
                .queryAllAs(javafx.scene.control.TableCell.class)
                .stream().<javafx.scene.control.TableCell<?, ?>>map(cell -> cell).toList();
        assertThat(statusCells).filteredOn(cell -> !cell.isEmpty()).singleElement()
                .satisfies(cell -> {
                    assertThat(cell.getGraphic().isVisible()).isTrue();
                    // The words are the graphic's own label's: the cell's text, changed at every
                    // scroll, would make its skin put the icon back and restyle it each time.
                    assertThat(((javafx.scene.control.Label) cell.getGraphic().lookup(".label")).getText())
                            .startsWith("Rejected");
                    assertThat(cell.getText()).isNull();
                    // Fitting the column to its content asks the cell how wide its words are.
                    assertThat(cell.prefWidth(-1)).isGreaterThanOrEqualTo(
                            cell.getGraphic().lookup(".label").prefWidth(-1));
                });
        // The rows the filter emptied had an icon a moment ago: none may still show one.
        assertThat(statusCells).filteredOn(javafx.scene.control.TableCell::isEmpty).isNotEmpty()
                .allSatisfy(cell -> {
                    assertThat(cell.getText()).isNull();
                    assertThat(cell.getGraphic() == null || !cell.getGraphic().isVisible()).isTrue();
                });
    }

    @Test
    void ctrlCCopiesThePendingID(FxRobot robot) throws Exception {
        select(robot, sent);
        robot.push(KeyCode.CONTROL, KeyCode.C);
        waitFor(5, TimeUnit.SECONDS, () -> "p-sent".equals(clipboard()));
        select(robot, sent, pending);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        waitFor(5, TimeUnit.SECONDS, () -> "f-sent".equals(clipboard()));
    }

    @Test
    void theContextMenuIsMadeOnlyWhenFirstAskedForAndTheShortcutsWorkWithoutIt(FxRobot robot) throws Exception {
        select(robot, sent);
        robot.push(KeyCode.CONTROL, KeyCode.C);
        waitFor(5, TimeUnit.SECONDS, () -> "p-sent".equals(clipboard()));
        assertThat(view.contextMenuBuilt()).isFalse();

        Node cell = robot.lookup(".table-row-cell").nth(indexOf(sent.id())).query();
        robot.interact(() -> {
            Bounds screen = cell.localToScreen(cell.getBoundsInLocal());
            Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    screen.getMinX() + 10, screen.getMinY() + 10, false, new PickResult(cell, 10, 10)));
        });
        assertThat(view.contextMenuBuilt()).isTrue();
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().equals("Copy as curl")));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void copyAsCurlFromTheContextMenuUsesTheVariableNotTheToken(FxRobot robot) throws Exception {
        select(robot, rejected);
        Node cell = robot.lookup(".table-row-cell").nth(indexOf(rejected.id())).query();
        // Headless Monocle turns a right click into no context-menu request, so the test makes the request itself.
        robot.interact(() -> {
            Bounds screen = cell.localToScreen(cell.getBoundsInLocal());
            Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    screen.getMinX() + 10, screen.getMinY() + 10, false, new PickResult(cell, 10, 10)));
        });
        robot.clickOn("Copy as curl");
        waitFor(5, TimeUnit.SECONDS, () -> clipboard() != null && clipboard().contains("curl"));
        String curl = clipboard();
        assertThat(curl).contains("$BEEPER_ACCESS_TOKEN").doesNotContain(TOKEN)
                .contains("/v1/assets/upload").contains("-F 'file=@a.png'")
                .contains("/v1/chats/!family:x/messages")
                .contains("--data '{\"text\":\"it'\\''s rejected\"");
    }

    @Test
    void filteringByStatusNarrowsTheRows(FxRobot robot) throws Exception {
        rowsLoaded();
        @SuppressWarnings("unchecked")
        ComboBox<HistoryView.StateChoice> states = robot.lookup("#stateFilter").queryAs(ComboBox.class);
        robot.interact(() -> states.getSelectionModel().select(new HistoryView.StateChoice(SendState.REJECTED)));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).id()).isEqualTo(rejected.id());

        robot.interact(() -> states.getSelectionModel().select(HistoryView.StateChoice.ALL));
        robot.clickOn("#textFilter").write("p-pen");
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).id()).isEqualTo(pending.id());
    }

    @Test
    void deleteAsksFirstAndRemovesTheRow(FxRobot robot) throws Exception {
        select(robot, pending);
        robot.push(KeyCode.DELETE);
        robot.clickOn(DialogButtons.named(robot, "Cancel"));
        assertThat(log.all()).hasSize(4);

        select(robot, pending);
        robot.push(KeyCode.DELETE);
        robot.clickOn(DialogButtons.named(robot, "Delete"));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(HistoryRow::id).doesNotContain(pending.id());
        assertThat(log.all()).extracting(SendRecord::id).doesNotContain(pending.id());
    }

    @Test
    void exportWritesTheSelectedRows(FxRobot robot) throws Exception {
        select(robot, sent, rejected);
        Path file = dir.resolve("rows.csv");
        asyncFx(() -> view.exportSelectedTo(file)).get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,time,chatID");
        assertThat(String.join("\n", lines)).contains("p-sent").contains("HTTP 400 BAD: nope").doesNotContain(TOKEN);

        Path json = dir.resolve("rows.json");
        asyncFx(() -> view.exportSelectedTo(json)).get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS);
        assertThat(Files.readString(json)).startsWith("[ {").contains("\"pendingMessageID\" : \"p-sent\"");
    }

    @Test
    void retrySendsARejectedRowAgainAsANewLinkedRow(FxRobot robot) throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"chatID\":\"!family:x\",\"pendingMessageID\":\"p-retry\"}").build());
        select(robot, rejected);
        robot.push(KeyCode.CONTROL, KeyCode.R);

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.getTarget()).isEqualTo("/v1/chats/!family:x/messages");
        assertThat(request.getBody().utf8()).isEqualTo(rejected.requestJson());
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 5
                && table.getItems().get(0).record().state() == SendState.PENDING);
        SendRecord retry = table.getItems().get(0).record();
        assertThat(retry.retryOf()).isEqualTo(rejected.id());
        assertThat(retry.pendingMessageID()).isEqualTo("p-retry");
    }

    @Test
    void retryOfAnUnknownSendAsksFirst(FxRobot robot) throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"chatID\":\"!family:x\",\"pendingMessageID\":\"p-again\"}").build());
        select(robot, unknown);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        robot.clickOn(DialogButtons.named(robot, "Send again"));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        assertThat(table.getItems().get(0).record().retryOf()).isEqualTo(unknown.id());
    }

    @Test
    void retryIsOffForSentRowsAndLoadHandsTheRowToTheComposer(FxRobot robot) throws Exception {
        select(robot, sent);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitFor(5, TimeUnit.SECONDS, () -> loaded.size() == 1);
        assertThat(loaded.get(0)).isEqualTo(sent);
        assertThat(server.getRequestCount()).isZero();
        assertThat(log.all()).hasSize(4);
    }
}
