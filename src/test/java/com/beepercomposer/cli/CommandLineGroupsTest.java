package com.beepercomposer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.Json;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.sandbox.SandboxServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several --attach are one group of files in the history and in the JSON output; one file is no group. */
class CommandLineGroupsTest {
    private CliHarness cli;

    @AfterEach
    void stop() throws Exception {
        if (cli != null) {
            cli.close();
        }
    }

    @Test
    void severalAttachmentsAreOneFilesGroupInOrder() throws Exception {
        cli = new CliHarness();
        Path first = cli.resource("voice.ogg");
        Path second = cli.resource("clip.mp4");
        Path third = cli.resource("voice.mp3");
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "grouped",
                "--attach", first.toString(), "--attach", second.toString(), "--attach", third.toString(), "--json");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        List<SendRecord> rows = cli.history();
        assertThat(rows).hasSize(3);
        String id = rows.get(0).group().id();
        // Oldest first: the group's order is the order of the --attach options.
        List<SendRecord> inOrder = List.of(rows.get(2), rows.get(1), rows.get(0));
        List<String> names = List.of("voice.ogg", "clip.mp4", "voice.mp3");
        for (int i = 0; i < 3; i++) {
            SendGroup group = inOrder.get(i).group();
            assertThat(group).isEqualTo(new SendGroup(id, SendGroup.Kind.FILES, i, 3, names.get(i)));
            JsonNode json = Json.mapper().readTree(result.lines().get(i)).get("group");
            assertThat(json.get("id").asText()).isEqualTo(id);
            assertThat(json.get("kind").asText()).isEqualTo("files");
            assertThat(json.get("index").asInt()).isEqualTo(i);
            assertThat(json.get("size").asInt()).isEqualTo(3);
            assertThat(json.get("variant").asText()).isEqualTo(names.get(i));
        }
    }

    @Test
    void oneAttachmentOrTextAloneIsNoGroup() throws Exception {
        cli = new CliHarness();
        Path file = cli.resource("voice.ogg");
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--attach",
                file.toString(), "--json");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(cli.history().get(0).group()).isNull();
        assertThat(Json.mapper().readTree(result.lines().get(0)).get("group").isNull()).isTrue();
    }
}
