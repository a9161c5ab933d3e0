package com.beepercomposer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.Json;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.SendOrigin;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.ConfirmStyle;
import com.beepercomposer.sandbox.SandboxServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** --wait under each way a server confirms, --json, several attachments, and the rows they leave. */
class CommandLineWaitTest {
    private CliHarness cli;

    @AfterEach
    void stop() throws Exception {
        if (cli != null) {
            cli.close();
        }
    }

    @ParameterizedTest
    @EnumSource(ConfirmStyle.class)
    void waitFollowsThePendingIdToTheFinalMessage(ConfirmStyle style) throws Exception {
        cli = new CliHarness(SandboxServer.builder().confirmStyle(style).confirmDelay(Duration.ofMillis(200)));
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "wait for me",
                "--wait=20s", "--json");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.lines()).hasSize(1);
        JsonNode json = Json.mapper().readTree(result.lines().get(0));
        assertThat(json.get("status").asText()).isEqualTo("sent");
        assertThat(json.get("chat").asText()).isEqualTo(SandboxServer.DEFAULT_CHAT_ID);
        assertThat(json.get("origin").asText()).isEqualTo("cli");
        String pending = json.get("pendingMessageID").asText();
        String finalID = json.get("finalMessageID").asText();
        assertThat(pending).isNotBlank();
        if (style == ConfirmStyle.KEEP_ID) {
            assertThat(finalID).isEqualTo(pending);
        } else {
            assertThat(finalID).isNotEqualTo(pending);
        }
        assertThat(json.get("timings").get("pendingAfterMs").isNumber()).isTrue();
        assertThat(json.get("timings").get("finalAfterMs").isNumber()).isTrue();

        SendRecord row = cli.history().get(0);
        assertThat(row.state()).isEqualTo(SendState.SENT);
        assertThat(row.origin()).isEqualTo(SendOrigin.CLI);
        assertThat(row.finalMessageJson()).isNotBlank();
        assertThat(json.get("historyID").asLong()).isEqualTo(row.id());
    }

    @Test
    void eachAttachmentIsItsOwnMessageInOrderWithTheTextOnTheFirst() throws Exception {
        cli = new CliHarness();
        Path first = cli.resource("voice.ogg");
        Path second = cli.resource("clip.mp4");
        Path third = cli.resource("voice.mp3");
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "three files",
                "--attach", first.toString(), "--attach", second.toString(), "--attach", third.toString(),
                "--wait", "--json");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.lines()).hasSize(3);
        List<SendRecord> rows = cli.history();
        assertThat(rows).hasSize(3);
        // Newest first: the first file went first and carried the text.
        assertThat(rows.get(2).attachmentName()).isEqualTo("voice.ogg");
        assertThat(rows.get(2).text()).isEqualTo("three files");
        assertThat(rows.get(1).attachmentName()).isEqualTo("clip.mp4");
        assertThat(rows.get(1).text()).isNull();
        assertThat(rows.get(0).attachmentName()).isEqualTo("voice.mp3");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.state()).isEqualTo(SendState.SENT);
            assertThat(row.origin()).isEqualTo(SendOrigin.CLI);
        });
        assertThat(rows.get(2).id()).isLessThan(rows.get(1).id());
        assertThat(rows.get(1).id()).isLessThan(rows.get(0).id());
    }

    @Test
    void voiceNotesAndVideosCarryTheirDetectedLengthAndSizeUnlessOverridden() throws Exception {
        cli = new CliHarness();
        Path voice = cli.resource("voice.ogg");
        Path clip = cli.resource("clip.webm");
        assertThat(cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--attach", voice.toString(),
                "--type", "voice-note").code()).isEqualTo(ExitCode.OK);
        assertThat(cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--attach", clip.toString()).code())
                .isEqualTo(ExitCode.OK);
        assertThat(cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--attach", clip.toString(),
                "--duration", "9", "--width", "10", "--height", "20").code()).isEqualTo(ExitCode.OK);

        List<SendRecord> rows = cli.history();
        JsonNode typed = Json.mapper().readTree(rows.get(0).requestJson()).get("attachment");
        JsonNode video = Json.mapper().readTree(rows.get(1).requestJson()).get("attachment");
        JsonNode note = Json.mapper().readTree(rows.get(2).requestJson()).get("attachment");
        assertThat(note.get("type").asText()).isEqualTo("voice-note");
        assertThat(note.get("duration").asDouble()).isBetween(2.9, 3.1);
        assertThat(video.get("duration").asDouble()).isBetween(1.9, 2.1);
        assertThat(video.get("size").get("width").asInt()).isEqualTo(80);
        assertThat(video.get("size").get("height").asInt()).isEqualTo(60);
        assertThat(typed.get("duration").asDouble()).isEqualTo(9.0);
        assertThat(typed.get("size").get("width").asInt()).isEqualTo(10);
    }

    @Test
    void everyFileIsCheckedAgainstTheChatBeforeAnythingIsUploaded() throws Exception {
        cli = new CliHarness();
        Path image = cli.dataDir.resolve("ok.png");
        // The check reads the magic bytes: the file is refused or passed before any upload.
        java.nio.file.Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        Path voice = cli.resource("voice.ogg");
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.IMAGES_ONLY_CHAT_ID, "--attach",
                image.toString(), "--attach", voice.toString());

        assertThat(result.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("nothing was sent");
        assertThat(cli.history()).isEmpty();
    }

    @Test
    void uploadProgressGoesToStderrOnlyForATerminal() throws Exception {
        cli = new CliHarness();
        Path voice = cli.resource("voice.ogg");
        CliHarness.Result quiet = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--attach", voice.toString(),
                "--json");
        cli.terminal = true;
        CliHarness.Result shown = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--attach", voice.toString(),
                "--json");

        assertThat(quiet.err()).doesNotContain("Uploading");
        assertThat(shown.err()).contains("Uploading voice.ogg: 100%");
        for (CliHarness.Result result : List.of(quiet, shown)) {
            assertThat(result.lines()).hasSize(1);
            assertThat(Json.mapper().readTree(result.lines().get(0)).get("attachment").asText()).isEqualTo("voice.ogg");
        }
    }

    @Test
    void sandboxFlagSendsToATemporarySandboxAndSaysSo() {
        cli = new CliHarness();
        cli.env.clear();
        CliHarness.Result result = cli.run("send", "--sandbox", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text",
                "try", "--wait=20s");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).contains("nothing is delivered");
        SendRecord row = cli.history().get(0);
        assertThat(row.connection().kind()).isEqualTo(ConnectionRef.Kind.SANDBOX);
        assertThat(row.state()).isEqualTo(SendState.SENT);
    }

    @Test
    void chatsAndHistoryPrintOnlyTheirResultOnStdout() throws Exception {
        cli = new CliHarness();
        CliHarness.Result chats = cli.run("chats", "Alice", "--json");
        assertThat(chats.code()).isEqualTo(ExitCode.OK);
        assertThat(Json.mapper().readTree(chats.lines().get(0)).get("id").asText())
                .isEqualTo(SandboxServer.DEFAULT_CHAT_ID);

        cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "first", "--wait=20s");
        cli.run("send", "--chat", com.beepercomposer.sandbox.SeedData.BOB_CHAT_ID, "--text", "second");
        CliHarness.Result sent = cli.run("history", "--state", "sent", "--json");
        CliHarness.Result latest = cli.run("history", "--limit", "1");
        CliHarness.Result byChat = cli.run("history", "--chat", SandboxServer.DEFAULT_CHAT_ID);

        assertThat(sent.lines()).hasSize(1);
        assertThat(Json.mapper().readTree(sent.lines().get(0)).get("status").asText()).isEqualTo("sent");
        assertThat(latest.lines()).hasSize(1);
        assertThat(latest.out()).contains("cli").contains("Bob");
        assertThat(byChat.lines()).hasSize(1);
        assertThat(cli.run("history", "--state", "nonsense").code()).isEqualTo(ExitCode.USAGE);
    }
}
