package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.Message;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.compose.SentRows;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.sandbox.SeedData;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Edit and Unsend on history rows, without a window: against the sandbox, asking through Dialogs. */
class HistoryEditUnsendTest {
    private static final String CHAT = SeedData.BOB_CHAT_ID;

    private SandboxServer sandbox;
    private BeeperClient client;
    private ConnectionRef here;
    private final InMemorySendLog log = new InMemorySendLog();
    private final AnsweringDialogs dialogs = new AnsweringDialogs(true);
    private final List<MessageEdit> composerEdits = new ArrayList<>();
    private Sender sender;

    private HistoryViewModel startSandbox() {
        sandbox = SandboxServer.builder().port(0).confirmDelay(Duration.ofMillis(50)).build().start();
        return model(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
    }

    private HistoryViewModel model(ClientConfig config) {
        client = new BeeperClient(config);
        here = ConnectionRef.sandbox(config.baseUri());
        sender = new Sender(client, log, Clock.systemUTC(), Runnable::run, () -> here);
        ComposerBridge composer = new ComposerBridge() {
            @Override
            public void loadFromHistory(SendRecord row) {
                throw new AssertionError("Edit must open the edit mode, not load the row");
            }

            @Override
            public void editFromHistory(MessageEdit edit) {
                composerEdits.add(edit);
            }
        };
        return HistoryModels.direct(log, sender, composer, here, dialogs);
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    void editOpensTheComposerInEditModeAndItsSavePutsToTheFinalMessage() throws Exception {
        HistoryCommands commands = startSandbox().commands();
        SendRecord row = SentRows.sent(client, log, sender, CHAT, "meet at noon");

        assertThat(commands.edit(row).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(composerEdits).singleElement().satisfies(edit -> {
            assertThat(edit.row()).isEqualTo(row);
            assertThat(edit.banner()).isEqualTo("Editing message " + row.finalMessageID() + " in Bob Chen");
        });

        SendRecord saved = composerEdits.get(0).save().apply("meet at _one_").get(10, TimeUnit.SECONDS);

        assertThat(saved.edits()).singleElement().satisfies(e -> assertThat(e.text()).isEqualTo("meet at _one_"));
        Message now = client.message(CHAT, row.finalMessageID()).get(10, TimeUnit.SECONDS);
        assertThat(now.text()).contains("one").doesNotContain("noon");
        assertThat(commands.editBlockedReason(saved)).isNull();
    }

    @Test
    void unsendAsksFirstThenDeletesAndKeepsTheRowMarkedUnsent() throws Exception {
        HistoryViewModel model = startSandbox();
        SendRecord row = SentRows.sent(client, log, sender, CHAT, "wrong chat, sorry");

        dialogs.answer = false;
        assertThat(model.commands().unsendAsking(row).get(10, TimeUnit.SECONDS)).isNull();
        assertThat(dialogs.asked).singleElement().satisfies(q -> {
            assertThat(q.confirmLabel()).isEqualTo("Unsend");
            assertThat(q.text()).contains(row.finalMessageID(), "Bob Chen", "keeps the row");
        });
        assertThat(client.message(CHAT, row.finalMessageID()).get(10, TimeUnit.SECONDS).id())
                .isEqualTo(row.finalMessageID());

        dialogs.answer = true;
        SendRecord unsent = model.commands().unsendAsking(row).get(10, TimeUnit.SECONDS);

        assertThat(unsent.state()).isEqualTo(SendState.UNSENT);
        assertThat(model.rows()).singleElement().satisfies(r -> assertThat(r.record().state())
                .isEqualTo(SendState.UNSENT));
        assertThat(client.listMessages(CHAT, null).get(10, TimeUnit.SECONDS).items()).extracting(Message::id)
                .doesNotContain(row.finalMessageID());
        assertThat(model.noticeProperty().get()).contains("Unsent row " + row.id());
        assertThat(model.commands().editBlockedReason(unsent)).isEqualTo("it was unsent");
        assertThat(model.commands().unsendBlockedReason(unsent)).isEqualTo("it was unsent");
    }

    @Test
    void bothAreOffWithTheReasonForARowWithoutAFinalIdOrFromAnotherConnection() throws Exception {
        HistoryCommands commands = startSandbox().commands();
        SendRecord pending = log.add(SendRecord.sending(Instant.now(), CHAT, "Bob Chen", "hi", null, null, null, "{}")
                .withConnection(here)).pending("p-1", CHAT, Instant.now());
        SendRecord elsewhere = pending.settled(SendState.SENT, "m-9", null, Instant.now())
                .withConnection(ConnectionRef.desktop(URI.create("http://10.0.0.5:23373")));

        assertThat(commands.editBlockedReason(pending)).isEqualTo("it has no final message ID yet");
        assertThat(commands.unsendBlockedReason(pending)).isEqualTo("it has no final message ID yet");
        assertThat(commands.editBlockedReason(elsewhere)).startsWith("it went to ");
        assertThat(commands.unsendBlockedReason(elsewhere)).startsWith("it went to ");
        assertThat(commands.edit(elsewhere).get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(commands.unsendAsking(elsewhere).get(10, TimeUnit.SECONDS)).isNull();
        assertThat(composerEdits).isEmpty();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aChatWhoseCapabilitiesForbidItTurnsBothOffAndIsLookedUpOnce() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                    .body("{\"id\":\"!sms:x\",\"accountID\":\"a\",\"network\":\"SMS\",\"title\":\"Dentist\","
                            + "\"type\":\"single\",\"participants\":{\"items\":[],\"hasMore\":false,\"total\":0},"
                            + "\"capabilities\":{\"edit\":0,\"delete\":-2,\"reply\":0}}").build());
            server.start();
            HistoryCommands commands = model(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                    AccessToken.of("t"))).commands();
            SendRecord row = log.add(SendRecord.sending(Instant.now(), "!sms:x", "Dentist", "hi", null, null, null,
                    "{}").withConnection(here)).settled(SendState.SENT, "m-1", null, Instant.now());
            assertThat(commands.editBlockedReason(row)).isNull();

            assertThat(commands.edit(row).get(10, TimeUnit.SECONDS)).isFalse();
            assertThat(commands.editBlockedReason(row)).isEqualTo("this chat does not allow edits");
            assertThat(commands.unsendBlockedReason(row)).isEqualTo("this chat does not allow deleting messages");
            assertThat(commands.unsendAsking(row).get(10, TimeUnit.SECONDS)).isNull();
            assertThat(composerEdits).isEmpty();
            assertThat(dialogs.asked).isEmpty();
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/chats/!sms:x");
        }
    }
}
