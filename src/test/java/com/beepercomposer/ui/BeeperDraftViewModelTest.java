package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.DraftSync;
import com.beepercomposer.compose.PastedFiles;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.sandbox.SandboxServer;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Save, load and open in Beeper from the composer, with the question before local text is replaced. */
class BeeperDraftViewModelTest {
    private static final String ALICE = SandboxServer.DEFAULT_CHAT_ID;

    private SandboxServer sandbox;
    private ComposerViewModel composer;
    private DraftSync sync;
    private AnsweringDialogs dialogs;
    private BeeperDraftViewModel beeper;

    private void start(boolean strict, boolean answer) throws Exception {
        sandbox = SandboxServer.builder().port(0).strictCapabilities(strict).build().start();
        BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
        UiExecutor ui = UiExecutor.direct();
        composer = new ComposerViewModel(new ChatPickerViewModel(new ChatFinder(client), ui),
                new ReplyPickerViewModel(new ReplyCandidates(client), ui),
                new AttachmentViewModel(client, ui, Runnable::run, new AnsweringDialogs(true),
                        new PastedFiles(Runnable::run)),
                new Sender(client, new InMemorySendLog(), Clock.systemUTC(), Runnable::run,
                        () -> ConnectionRef.UNKNOWN), client, ui);
        sync = new DraftSync(client);
        dialogs = new AnsweringDialogs(answer);
        beeper = new BeeperDraftViewModel(composer, sync, ui, dialogs);
        PerChatDraftsTest.open(composer, ALICE);
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private void awaitIdle() throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> !beeper.busyProperty().get());
    }

    @Test
    void savingTwiceToAStrictServerClearsInBetweenAndSaysSo() throws Exception {
        start(true, true);
        composer.setText("first");
        beeper.saveToBeeper();
        awaitIdle();
        composer.setText("second **one**");
        beeper.saveToBeeper();
        awaitIdle();

        assertThat(beeper.statusIsErrorProperty().get()).isFalse();
        assertThat(beeper.statusProperty().get()).startsWith("Saved to Beeper");
        assertThat(sync.load(ALICE).get(5, TimeUnit.SECONDS).text()).isEqualTo("second **one**");
    }

    @Test
    void loadingOverLocalTextAsksAndReplacesOnYes() throws Exception {
        start(false, true);
        sync.save(ALICE, "from my phone", null).get(5, TimeUnit.SECONDS);
        composer.setText("typed here");

        beeper.loadFromBeeper();
        awaitIdle();

        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.asked.get(0).text()).contains("from my phone");
        assertThat(composer.draftProperty().get().text()).isEqualTo("from my phone");
        assertThat(beeper.statusProperty().get()).startsWith("Loaded");
    }

    @Test
    void loadingOverLocalTextKeepsItOnNo() throws Exception {
        start(true, false);
        sync.save(ALICE, "from my phone", null).get(5, TimeUnit.SECONDS);
        composer.setText("typed here");

        beeper.loadFromBeeper();
        awaitIdle();

        assertThat(dialogs.asked).hasSize(1);
        assertThat(composer.draftProperty().get().text()).isEqualTo("typed here");
        assertThat(beeper.statusProperty().get()).contains("Kept your draft");
    }

    @Test
    void loadingIntoAnEmptyEditorDoesNotAsk() throws Exception {
        start(false, false);
        sync.save(ALICE, "from my phone", null).get(5, TimeUnit.SECONDS);

        beeper.loadFromBeeper();
        awaitIdle();

        assertThat(dialogs.asked).isEmpty();
        assertThat(composer.draftProperty().get().text()).isEqualTo("from my phone");
    }

    @Test
    void openInBeeperReportsSuccessAndFailure() throws Exception {
        start(true, true);
        composer.setText("finish in Beeper");
        beeper.openInBeeper();
        awaitIdle();
        assertThat(beeper.statusProperty().get()).startsWith("Opened");
        assertThat(beeper.statusIsErrorProperty().get()).isFalse();
        assertThat(sync.load(ALICE).get(5, TimeUnit.SECONDS).text()).isEqualTo("finish in Beeper");

        composer.replyToPastedId("no-such-message");
        beeper.openInBeeper();
        awaitIdle();
        assertThat(beeper.statusProperty().get()).startsWith("Could not open the chat in Beeper");
        assertThat(beeper.statusIsErrorProperty().get()).isTrue();
    }
}
