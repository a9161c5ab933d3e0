package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The view model without a toolkit: FX collections and properties work on the test thread. */
class HistoryViewModelTest {
    private static final ConnectionRef HERE = ConnectionRef.desktop(URI.create("http://127.0.0.1:9"));
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemorySendLog log = new InMemorySendLog();
    private final AnsweringDialogs dialogs = new AnsweringDialogs(true);

    private HistoryViewModel model() {
        return HistoryModels.offline(log, HERE, dialogs);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the condition did not hold in time", e);
        }
    }

    private SendRecord add(String chatTitle, String text) {
        return log.add(SendRecord.sending(T0, "!" + chatTitle + ":x", chatTitle, text, null, null, null, "{}")
                .withConnection(HERE));
    }

    @Test
    void aStatusChangeAmongAHundredThousandRowsTouchesThatRowOnly() {
        for (int i = 0; i < 100_000; i++) {
            add("chat" + (i % 50), "message " + i);
        }
        HistoryViewModel model = model();
        assertThat(model.rows()).hasSize(100_000);
        assertThat(model.chatsSeen()).hasSize(50);
        model.stateFilterProperty().set(SendState.SENDING);
        assertThat(model.visibleRows()).hasSize(100_000);

        HistoryRow target = model.rows().get(12_345);
        HistoryRow neighbour = model.rows().get(12_346);
        List<HistoryRow> before = new ArrayList<>(model.rows());
        List<String> changes = new ArrayList<>();
        model.rows().addListener((ListChangeListener<HistoryRow>) c -> {
            while (c.next()) {
                changes.add((c.wasUpdated() ? "updated " : c.wasReplaced() ? "replaced "
                        : c.wasAdded() ? "added " : c.wasRemoved() ? "removed " : "permutated ")
                        + c.getFrom() + ".." + c.getTo());
            }
        });
        AtomicInteger targetChanges = new AtomicInteger();
        AtomicInteger neighbourChanges = new AtomicInteger();
        target.recordProperty().addListener((obs, old, now) -> targetChanges.incrementAndGet());
        neighbour.recordProperty().addListener((obs, old, now) -> neighbourChanges.incrementAndGet());

        log.update(target.record().pending("p-12345", target.record().chatID(), T0.plusSeconds(1)));

        assertThat(target.record().state()).isEqualTo(SendState.PENDING);
        assertThat(targetChanges).hasValue(1);
        assertThat(neighbourChanges).hasValue(0);
        assertThat(changes).containsExactly("updated 12345..12346");
        assertThat(model.rows()).hasSize(100_000);
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != model.rows().get(i)) {
                throw new AssertionError("row " + i + " was replaced");
            }
        }
        // The filter saw the change of that one row: it is no longer "sending".
        assertThat(model.visibleRows()).hasSize(99_999).doesNotContain(target);
    }

    @Test
    void filtersByChatStateAndText() {
        add("Team", "lunch at noon");
        SendRecord other = add("Family", "dinner");
        log.update(other.settled(SendState.REJECTED, null, "HTTP 400", T0));
        HistoryViewModel model = model();

        model.chatFilterProperty().set("team");
        assertThat(model.visibleRows()).extracting(r -> r.record().text()).containsExactly("lunch at noon");
        model.chatFilterProperty().set("");
        model.stateFilterProperty().set(SendState.REJECTED);
        assertThat(model.visibleRows()).extracting(r -> r.record().text()).containsExactly("dinner");
        model.stateFilterProperty().set(null);
        model.textFilterProperty().set("NOON");
        waitFor(() -> model.visibleRows().size() == 1);
        assertThat(model.visibleRows()).extracting(r -> r.record().text()).containsExactly("lunch at noon");
        model.textFilterProperty().set("");
        assertThat(model.visibleRows()).hasSize(2);
        assertThat(model.chatsSeen()).containsExactly("Family", "Team");
    }

    @Test
    void newRowsGoOnTopAndNewChatsJoinTheFilterInOrder() {
        add("Beta", "one");
        HistoryViewModel model = model();
        add("Alpha", "two");
        assertThat(model.rows()).extracting(r -> r.record().text()).containsExactly("two", "one");
        assertThat(model.chatsSeen()).containsExactly("Alpha", "Beta");
    }

    @Test
    void detailsFollowTheSelectedRowAsItChanges() {
        SendRecord row = add("Team", "hi");
        HistoryViewModel model = model();
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.detailsProperty().get()).isEqualTo(row);

        SendRecord pending = row.pending("p1", row.chatID(), T0.plusMillis(120));
        log.update(pending);
        assertThat(model.detailsProperty().get()).isEqualTo(pending);
        model.selectedProperty().set(null);
        assertThat(model.detailsProperty().get()).isNull();
    }

    @Test
    void aDeletedRowStaysGoneWhenItsSendResolvesLate() {
        SendRecord row = add("Team", "hi");
        add("Team", "stays");
        HistoryViewModel model = model();

        model.commands().delete(List.of(row)).join();
        log.update(row.pending("p1", row.chatID(), T0));

        assertThat(model.rows()).extracting(r -> r.record().text()).containsExactly("stays");
        assertThat(model.noticeProperty().get()).isEqualTo("Deleted 1 row");
    }

    @Test
    void copiesSensibleIds() {
        SendRecord sent = add("Team", "a").pending("p1", "!Team:x", T0).settled(SendState.SENT, "f1", null, T0);
        SendRecord rejected = add("Team", "refused text").settled(SendState.REJECTED, null, "no", T0);
        HistoryViewModel model = model();
        assertThat(model.commands().pendingIds(List.of(sent, rejected))).isEqualTo("p1\nrefused text");
        assertThat(model.commands().finalIds(List.of(sent, rejected))).isEqualTo("f1");
    }

    @Test
    void showsThisConnectionsRowsUntilAllConnectionsIsChosen() {
        ConnectionRef otherDesktop = ConnectionRef.desktop(URI.create("http://10.1.1.1:23373"));
        ConnectionRef earlierSandbox = ConnectionRef.sandbox(URI.create("http://127.0.0.1:5000"));
        SendRecord here = add("Team", "here");
        SendRecord there = log.add(SendRecord.sending(T0, "!t:x", "Team", "there", null, null, null, "{}")
                .withConnection(otherDesktop));
        SendRecord old = log.add(SendRecord.sending(T0, "!a:x", "A", "before connections", null, null, null, "{}"));
        HistoryViewModel model = model();
        assertThat(model.visibleRows()).extracting(HistoryRow::id).containsExactly(here.id());

        model.allConnectionsProperty().set(true);
        assertThat(model.visibleRows()).hasSize(3);
        assertThat(model.commands().sentElsewhere(here)).isFalse();
        assertThat(model.commands().sentElsewhere(old)).isTrue();
        dialogs.answer = false;
        assertThat(model.commands().retryAsking(there)).isCompletedWithValue(null);
        assertThat(dialogs.asked).singleElement().extracting(Dialogs.Confirmation::text).asString()
                .contains("Beeper Desktop at http://10.1.1.1:23373")
                .contains("You are connected to Beeper Desktop at http://127.0.0.1:9");

        HistoryViewModel inASandbox = HistoryModels.direct(log, null, row -> { },
                ConnectionRef.sandbox(URI.create("http://127.0.0.1:6000")), dialogs);
        log.add(SendRecord.sending(T0, "!s:x", "S", "in an earlier sandbox", null, null, null, "{}")
                .withConnection(earlierSandbox));
        assertThat(inASandbox.visibleRows()).extracting(row -> row.record().text())
                .containsExactly("in an earlier sandbox");
    }

    @Test
    void copiesEachRowAsCurlForItsOwnServer() {
        SendRecord there = log.add(SendRecord.sending(T0, "!c:x", "C", "hi", null, null, null, "{}")
                .withConnection(ConnectionRef.desktop(URI.create("http://10.1.1.1:23373"))));
        assertThat(model().commands().curl(List.of(there))).contains("'http://10.1.1.1:23373/v1/chats/!c:x/messages'");
    }

    @Test
    void checkingDeliveryOfAnotherServersRowSaysWhereToCheckInstead() {
        SendRecord there = log.add(SendRecord.sending(T0, "!c:x", "C", "hi", null, null, null, "{}")
                .withConnection(ConnectionRef.desktop(URI.create("http://10.1.1.1:23373"))));
        HistoryViewModel model = model();
        assertThat(model.commands().checkDelivery(there)).isCompletedExceptionally();
        assertThat(model.noticeProperty().get()).contains("went to 10.1.1.1").contains("connect there");
    }

    @Test
    void closingStopsFollowingTheLog() {
        HistoryViewModel model = model();
        assertThat(log.subscribers()).isEqualTo(1);
        model.close();
        assertThat(log.subscribers()).isZero();
        add("Team", "after close");
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void aRetryAcceptedWithoutAPendingIdSaysItMayOrMayNotGoOut() throws Exception {
        try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
            server.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
                    .addHeader("Content-Type", "application/json").body("{\"chatID\":\"!a:x\"}").build());
            server.start();
            ClientConfig config = ClientConfig.of("http://127.0.0.1:" + server.getPort(), AccessToken.of("t"))
                    .withRetries(0, java.time.Duration.ofMillis(1));
            Sender sender = new Sender(new BeeperClient(config), log, Clock.systemUTC(), Runnable::run,
                    () -> HERE);
            HistoryViewModel model = HistoryModels.direct(log, sender, row -> { }, HERE, dialogs);
            SendRecord rejected = log.add(SendRecord.sending(T0, "!a:x", "a", "hello", null, null, null,
                    "{\"text\":\"hello\"}").withConnection(HERE)).settled(SendState.REJECTED, null, "no", T0);
            log.update(rejected);

            SendRecord retried = model.commands().retry(rejected).get(5, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(retried.state()).isEqualTo(SendState.UNKNOWN);
            assertThat(model.noticeProperty().get()).contains("may or may not go out").doesNotContain("null");
        }
    }

    @Test
    void retryOfAnUnknownSendAndDeletingAskFirstAndDoNothingWhenDeclined() {
        SendRecord unknown = add("Team", "maybe").settled(SendState.UNKNOWN, null, "No answer", T0);
        log.update(unknown);
        HistoryViewModel model = model();
        dialogs.answer = false;

        assertThat(model.commands().retryAsking(unknown)).isCompletedWithValue(null);
        assertThat(model.commands().deleteAsking(List.of(unknown))).isCompletedWithValue(0);

        assertThat(dialogs.asked).extracting(Dialogs.Confirmation::confirmLabel)
                .containsExactly("Send again", "Delete");
        assertThat(log.all()).containsExactly(unknown);
    }
}
