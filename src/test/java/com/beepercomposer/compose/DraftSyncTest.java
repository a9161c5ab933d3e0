package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drafts in Beeper against the sandbox, both when it replaces a draft and when it refuses to (strict). */
class DraftSyncTest {
    private static final String CHAT = SandboxServer.DEFAULT_CHAT_ID;

    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private BeeperClient client;

    private DraftSync start(boolean strict) {
        sandbox = SandboxServer.builder().port(0).strictCapabilities(strict).build().start();
        client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
        return new DraftSync(client);
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void aSecondSaveReplacesTheFirstAndLoadsBackAsMarkdown(boolean strict) throws Exception {
        DraftSync sync = start(strict);

        get(sync.save(CHAT, "first **try**", null));
        get(sync.save(CHAT, "second **try**, with `code`", null));

        Chat chat = get(client.chat(CHAT));
        assertThat(chat.draft().text()).contains("<strong>try</strong>").doesNotContain("first");
        assertThat(get(sync.load(CHAT))).isEqualTo(new DraftSync.RemoteDraft("second **try**, with `code`", 0));
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void theAttachmentGoesIntoTheDraftByItsUpload(boolean strict) throws Exception {
        DraftSync sync = start(strict);
        Path file = Files.writeString(dir.resolve("notes.txt"), "some notes");
        UploadResult upload = get(client.upload(file, null, null, null, null));
        get(sync.save(CHAT, "before", null));

        get(sync.save(CHAT, "see the file", OutgoingAttachment.of(upload.uploadID())));

        Chat.Draft draft = get(client.chat(CHAT)).draft();
        assertThat(draft.text()).isEqualTo("see the file");
        assertThat(draft.attachments()).hasSize(1);
        assertThat(draft.attachments().values().iterator().next().fileName()).isEqualTo("notes.txt");
        assertThat(get(sync.load(CHAT)).attachments()).isEqualTo(1);
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void openingInBeeperPrefillsItsComposerOnTheReplyTarget(boolean strict) throws Exception {
        DraftSync sync = start(strict);
        String messageID = get(client.listMessages(CHAT, null)).items().get(0).id();
        get(sync.save(CHAT, "an older draft", null));

        assertThat(get(sync.open(CHAT, messageID, "finish me _there_", dir.resolve("a.png").toString()))).isTrue();

        assertThat(get(sync.load(CHAT)).text()).isEqualTo("finish me _there_");
        assertThatThrownBy(() -> get(sync.open(CHAT, "no-such-message", "x", null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void aChatWithoutADraftLoadsNothing(boolean strict) throws Exception {
        assertThat(get(start(strict).load(CHAT)).isEmpty()).isTrue();
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
