package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatFinder;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only the newest search counts: a slow answer to older text never replaces a newer one. */
class ChatPickerViewModelTest {
    /** Holds the answers to "old" until the test lets them go, so they surely arrive late. */
    private final CountDownLatch releaseOld = new CountDownLatch(1);
    /** Holds the answer to the lookup of chat "!held:x" until the test lets it go. */
    private final CountDownLatch releaseLookup = new CountDownLatch(1);
    /** Every answer the model acts on passes through its UI executor: counting those shows when it has had them. */
    private final AtomicInteger deliveries = new AtomicInteger();
    private MockWebServer server;
    private ChatPickerViewModel model;

    private static String page(String title) {
        return "{\"items\":[{\"id\":\"!" + title + ":x\",\"accountID\":\"a\",\"network\":\"Signal\",\"title\":\""
                + title + "\",\"type\":\"single\",\"unreadCount\":0}],\"hasMore\":false}";
    }

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("held:x")) {
                    // A chat looked up by ID, answering only once the test lets it.
                    await(releaseLookup);
                    return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                            .body("{\"id\":\"!held:x\",\"accountID\":\"a\",\"network\":\"Signal\","
                                    + "\"title\":\"held\",\"type\":\"single\",\"unreadCount\":0}").build();
                }
                String query = request.getUrl().queryParameter("query");
                MockResponse.Builder answer = new MockResponse.Builder().addHeader("Content-Type", "application/json")
                        .body(page(query + "-result"));
                if ("old".equals(query)) {
                    await(releaseOld);
                }
                return answer.build();
            }
        });
        server.start();
        model = new ChatPickerViewModel(new ChatFinder(new BeeperClient(ClientConfig.of(
                "http://127.0.0.1:" + server.getPort(), AccessToken.of("t")))), command -> {
                    command.run();
                    deliveries.incrementAndGet();
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void tearDown() {
        releaseOld.countDown();
        releaseLookup.countDown();
        server.close();
    }

    @Test
    void anAnswerOnItsWayWhenThePersonTypesIsDropped() throws Exception {
        model.search("old");
        model.typed("new");
        releaseOld.countDown();

        waitFor(5, TimeUnit.SECONDS, () -> !model.results().isEmpty());
        assertThat(model.results()).extracting(Chat::title).containsOnly("new-result");
    }

    @Test
    void aLateAnswerToOlderTextIsDropped() throws Exception {
        model.search("old");
        model.search("new");

        waitFor(5, TimeUnit.SECONDS, () -> !model.results().isEmpty());
        assertThat(model.results()).extracting(Chat::title).containsOnly("new-result");
        releaseOld.countDown();
        // both searches have been handed to the model, the old one by now or as it arrives late: it must change nothing
        waitFor(5, TimeUnit.SECONDS, () -> deliveries.get() >= 2);
        assertThat(model.results()).extracting(Chat::title).containsOnly("new-result");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void typingIsDebouncedIntoOneSearch() throws Exception {
        model.typed("n");
        model.typed("ne");
        model.typed("new");

        waitFor(5, TimeUnit.SECONDS, () -> !model.results().isEmpty());
        assertThat(model.results()).extracting(Chat::title).containsOnly("new-result");
        // one search by title and one by participants, for the last text only
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void focusWhileAChatIsBeingOpenedLeavesItsLookupAlone() throws Exception {
        // A restored draft's chat being looked up again, as a rebuilt window does.
        model.submit("!held:x");
        model.focusGained("");
        releaseLookup.countDown();

        waitFor(5, TimeUnit.SECONDS, () -> model.chosenProperty().get() != null);
        assertThat(model.chosenProperty().get().id()).isEqualTo("!held:x");
        assertThat(model.results()).isEmpty();
    }

    @Test
    void focusWithNothingChosenListsChats() throws Exception {
        model.focusGained("new");

        waitFor(5, TimeUnit.SECONDS, () -> !model.results().isEmpty());
        assertThat(model.results()).extracting(Chat::title).containsOnly("new-result");
    }
}
