package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.Message;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.sandbox.SandboxServer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reply selector's list against the sandbox: newest first, older pages on demand, a filter. */
class ReplyPickerViewModelTest {
    private SandboxServer sandbox;
    private ReplyPickerViewModel model;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).build().start();
        BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
        model = new ReplyPickerViewModel(new ReplyCandidates(client), UiExecutor.direct());
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    @Test
    void pagesBackOnDemandNewestFirst() throws Exception {
        model.load(SandboxServer.DEFAULT_CHAT_ID);
        waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get() && !model.visible().isEmpty());
        int firstPage = model.visible().size();
        assertThat(model.hasMoreProperty().get()).isTrue();

        model.loadOlder();
        waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get() && model.visible().size() > firstPage);

        List<Message> all = new ArrayList<>(model.visible());
        assertThat(all).extracting(Message::id).doesNotHaveDuplicates();
        assertThat(all).isSortedAccordingTo(Comparator.comparing(Message::timestamp).reversed());
    }

    @Test
    void theFilterMatchesSenderAndTextAndEmptiesWithANewChat() throws Exception {
        model.load(SandboxServer.DEFAULT_CHAT_ID);
        waitFor(10, TimeUnit.SECONDS, () -> !model.visible().isEmpty());
        Message some = model.visible().get(0);
        String word = ReplyCandidates.snippet(some).split(" ")[0];

        model.filterProperty().set(word.toUpperCase());

        assertThat(model.visible()).isNotEmpty().allSatisfy(m -> assertThat(
                (ReplyCandidates.snippet(m) + " " + ReplyCandidates.sender(m) + " " + m.id()).toLowerCase())
                .contains(word.toLowerCase()));
        model.load(null);
        assertThat(model.visible()).isEmpty();
    }
}
