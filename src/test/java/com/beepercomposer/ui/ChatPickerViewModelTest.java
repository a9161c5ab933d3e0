package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatFinder;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only the newest search counts: a slow answer to older text never replaces a newer one. */
class ChatPickerViewModelTest {
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
                String query = request.getUrl().queryParameter("query");
                MockResponse.Builder answer = new MockResponse.Builder().addHeader("Content-Type", "application/json")
                        .body(page(query + "-result"));
                if ("old".equals(query)) {
                    answer.headersDelay(700, TimeUnit.MILLISECONDS);
                }
                return answer.build();
            }
        });
        server.start();
        model = new ChatPickerViewModel(new ChatFinder(new BeeperClient(ClientConfig.of(
                "http://127.0.0.1:" + server.getPort(), AccessToken.of("t")))), UiExecutor.direct());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aLateAnswerToOlderTextIsDropped() throws Exception {
        model.search("old");
        model.search("new");

        waitFor(5, TimeUnit.SECONDS, () -> !model.results().isEmpty());
        assertThat(model.results()).extracting(Chat::title).containsOnly("new-result");
        Thread.sleep(1000); // the slow answer to "old" has had time to arrive: it must change nothing
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
}
