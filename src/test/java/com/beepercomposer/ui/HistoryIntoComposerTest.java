package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.settings.ConnectionTarget;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In the real main window, "load into composer" puts a past send's chat, text and reply back. */
@ExtendWith(ApplicationExtension.class)
class HistoryIntoComposerTest {
    private MockWebServer server;
    private TableView<?> table;

    @Start
    void start(Stage stage) throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = request.getTarget();
                if (target.equals("/v1/info")) {
                    return json("{\"app\":{\"name\":\"Beeper Desktop\",\"version\":\"4.2.1\",\"bundle_id\":\"b\"}}");
                }
                if (target.equals("/v1/accounts")) {
                    return json("[]");
                }
                if (target.equals("/v1/chats/!team:x")) {
                    return json("{\"id\":\"!team:x\",\"accountID\":\"a\",\"network\":\"matrix\",\"title\":\"Team\","
                            + "\"type\":\"group\",\"participants\":{\"items\":[],\"hasMore\":false,\"total\":0}}");
                }
                if (target.startsWith("/v1/chats/!team:x/messages")) {
                    return json("{\"items\":[],\"hasMore\":false}");
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
        server.start();
        InMemorySendLog log = new InMemorySendLog();
        SendRecord row = log.add(SendRecord.sending(Instant.parse("2026-11-25T10:00:00Z"), "!team:x", "Team",
                "say it **again**", "m0", null, null, "{\"text\":\"say it **again**\",\"replyToMessageID\":\"m0\"}")
                .withConnection(ConnectionRef.desktop(URI.create("http://127.0.0.1:" + server.getPort()))));
        log.update(row.settled(SendState.REJECTED, null, "HTTP 400", Instant.parse("2026-11-25T10:00:01Z")));
        ClientConfig config = ClientConfig.of("http://127.0.0.1:" + server.getPort(), AccessToken.of("t"));
        new MainWindow(new AppServices(new ConnectionTarget(config, false), new BeeperClient(config), log,
                UiSettings.inMemory(), UiExecutor.fx(), Runnable::run)).show(stage);
        stage.requestFocus();
        table = (TableView<?>) stage.getScene().lookup(".history .table-view");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void loadsTheRowIntoTheComposer(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.push(KeyCode.CONTROL, KeyCode.L);

        CodeArea editor = robot.lookup(".markdown-editor").queryAs(CodeArea.class);
        waitFor(5, TimeUnit.SECONDS, () -> editor.getText().equals("say it **again**"));
        Label reply = robot.lookup(".reply-strip-text").queryAs(Label.class);
        Label chat = robot.lookup(".chat-info").queryAs(Label.class);
        waitFor(5, TimeUnit.SECONDS, () -> chat.getText().equals("matrix · group"));
        assertThat(robot.lookup(".chat-field").queryAs(TextField.class).getText()).isEqualTo("Team");
        assertThat(reply.getText()).isEqualTo("Replying to message m0");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }
}
