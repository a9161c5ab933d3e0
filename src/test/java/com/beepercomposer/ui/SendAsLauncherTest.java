package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.PastedFiles;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reason "Send as…" is off, in the order it says them, against the sandbox. */
class SendAsLauncherTest {
    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private PastedFiles pasted;
    private ComposerViewModel composer;
    private SendAsLauncher launcher;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).build().start();
        BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
        UiExecutor ui = UiExecutor.direct();
        pasted = new PastedFiles(Runnable::run);
        composer = new ComposerViewModel(new ChatPickerViewModel(new ChatFinder(client), ui),
                new ReplyPickerViewModel(new ReplyCandidates(client), ui),
                new AttachmentViewModel(client, ui, Runnable::run, new AnsweringDialogs(true), pasted),
                new Sender(client, new InMemorySendLog(), Clock.systemUTC(), Runnable::run, () -> ConnectionRef.UNKNOWN),
                client, ui);
        // Only the composer is read to tell why it is off.
        launcher = new SendAsLauncher(composer, null, null);
    }

    @AfterEach
    void stop() {
        pasted.close();
        sandbox.stop();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        waitFor(15, TimeUnit.SECONDS, condition);
    }

    private void choose(String chatID) throws Exception {
        composer.chatPicker().submit(chatID);
        await(() -> composer.draftProperty().get().chat() != null
                && chatID.equals(composer.draftProperty().get().chat().id()));
    }

    private void attachAndWaitForTheUpload() throws Exception {
        composer.attachment().offer(Files.writeString(dir.resolve("notes.txt"), "notes"));
        await(() -> composer.attachment().stageProperty().get() == AttachmentViewModel.Stage.UPLOADED);
    }

    private String blocked() {
        return launcher.blockedProperty().get();
    }

    @Test
    void withoutAnUploadedFileItAsksForOneEvenWithAChatChosen() throws Exception {
        assertThat(blocked()).isEqualTo("Attach a file and wait for its upload");
        choose(SandboxServer.DEFAULT_CHAT_ID);
        assertThat(blocked()).isEqualTo("Attach a file and wait for its upload");

        attachAndWaitForTheUpload();

        await(() -> blocked().isEmpty());
    }

    @Test
    void anUploadedFileWithoutAChatAsksForTheChat() throws Exception {
        attachAndWaitForTheUpload();

        await(() -> "Choose a chat first".equals(blocked()));
    }

    @Test
    void aReadOnlyChatSaysSo() throws Exception {
        choose(SandboxServer.READ_ONLY_CHAT_ID);
        attachAndWaitForTheUpload();

        await(() -> "This chat is read-only".equals(blocked()));
    }
}
