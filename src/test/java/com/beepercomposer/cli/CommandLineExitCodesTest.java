package com.beepercomposer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.SendOrigin;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.SavedConnection;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each documented exit code, driven in-process against the sandbox, and the history each leaves. */
class CommandLineExitCodesTest {
    private CliHarness cli;

    @AfterEach
    void stop() throws Exception {
        if (cli != null) {
            cli.close();
        }
    }

    @Test
    void aTextSendIsPendingExitsZeroAndIsInTheAppsHistoryAsTheCommandLines() {
        cli = new CliHarness();
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "hello from CI");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.lines()).hasSize(1);
        SendRecord row = cli.history().get(0);
        assertThat(row.text()).isEqualTo("hello from CI");
        assertThat(row.origin()).isEqualTo(SendOrigin.CLI);
        assertThat(row.connection().kind()).isEqualTo(ConnectionRef.Kind.DESKTOP);
        assertThat(row.connection().baseUrl()).isEqualTo(cli.sandbox.baseUrl());
        assertThat(row.pendingMessageID()).isNotBlank();
        assertThat(result.out()).contains(row.pendingMessageID());
    }

    @Test
    void aLocalChatIdAndAnExactTitleFindTheSameChat() {
        cli = new CliHarness();
        assertThat(cli.run("send", "--chat", SandboxServer.DEFAULT_LOCAL_CHAT_ID, "--text", "one").code())
                .isEqualTo(ExitCode.OK);
        assertThat(cli.run("send", "--chat", "alice martin", "--text", "two").code()).isEqualTo(ExitCode.OK);
        assertThat(cli.history()).extracting(SendRecord::chatID)
                .containsOnly(SandboxServer.DEFAULT_CHAT_ID);
    }

    @Test
    void textFromStdin() {
        cli = new CliHarness();
        cli.stdin = "piped text\n";
        assertThat(cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "-").code()).isEqualTo(ExitCode.OK);
        assertThat(cli.history().get(0).text()).isEqualTo("piped text\n");
    }

    @Test
    void usageErrorsExitTwoAndSendNothing() {
        cli = new CliHarness();
        assertThat(cli.run("send", "--text", "no chat").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("send", "--chat", "x", "--bogus").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("send", "--chat", "x").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("send", "--chat", "x", "--text", "t", "--wait=soon").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("send", "--chat", "x", "--attach", cli.dataDir.resolve("missing.png").toString())
                .code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("frobnicate").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.history()).isEmpty();
    }

    @Test
    void withoutAConnectionItSaysHowToConfigureOneAndExitsThree() {
        cli = new CliHarness();
        cli.env.clear();
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "hi");

        assertThat(result.code()).isEqualTo(ExitCode.NOT_AUTHORISED);
        assertThat(result.err()).contains("BEEPER_ACCESS_TOKEN").contains("--sandbox");
        assertThat(cli.history()).isEmpty();
    }

    @Test
    void theConnectionSavedInTheAppIsUsedWhenTheEnvironmentHasNone() {
        cli = new CliHarness();
        cli.env.clear();
        cli.saved = SavedConnection.desktop(cli.sandbox.baseUrl(), AccessToken.of(cli.sandbox.token()));
        assertThat(cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "hi").code())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void aRefusedTokenExitsThreeWithoutPrintingIt() {
        cli = new CliHarness();
        cli.env.put("BEEPER_ACCESS_TOKEN", "wrong-token-1234567890");
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "hi");

        assertThat(result.code()).isEqualTo(ExitCode.NOT_AUTHORISED);
        assertThat(result.err() + result.out()).doesNotContain("wrong-token-1234567890");
        assertThat(cli.history()).isEmpty();
    }

    @Test
    void whatTheChatRefusesExitsFourBeforeAnythingLeaves() {
        cli = new CliHarness();
        CliHarness.Result readOnly = cli.run("send", "--chat", SandboxServer.READ_ONLY_CHAT_ID, "--text", "hi");
        CliHarness.Result tooLong = cli.run("send", "--chat", SandboxServer.SHORT_TEXT_CHAT_ID, "--text",
                "x".repeat(200));

        assertThat(readOnly.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(readOnly.err()).contains("read-only");
        assertThat(tooLong.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(cli.history()).isEmpty();
    }

    @Test
    void aSendTheNetworkFailsExitsFourOnceWaitedFor() {
        cli = new CliHarness();
        cli.sandbox.failSends(SandboxServer.DEFAULT_CHAT_ID,
                com.beepercomposer.sandbox.SendFailure.permanent("blocked", "The contact blocked you"));
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "hi",
                "--wait=20s");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("The contact blocked you");
        assertThat(cli.history().get(0).state()).isEqualTo(SendState.FAILED_PERMANENT);
    }

    @Test
    void anUnknownChatOrReplyTargetExitsFive() {
        cli = new CliHarness();
        CliHarness.Result noChat = cli.run("send", "--chat", "!nosuchchat:beeper.com", "--text", "hi");
        CliHarness.Result noTitle = cli.run("send", "--chat", "Nobody By This Name", "--text", "hi");
        CliHarness.Result noReply = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "hi",
                "--reply-to", "no-such-message");

        assertThat(noChat.code()).as(noChat.err()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(noTitle.code()).as(noTitle.err()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(noReply.code()).as(noReply.err()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(noReply.err()).contains("no-such-message");
        assertThat(cli.history()).isEmpty();
    }

    @Test
    void aTitleMatchingSeveralChatsListsThemAndExitsSix() {
        cli = new CliHarness();
        CliHarness.Result result = cli.run("send", "--chat", "Signal", "--text", "hi");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.AMBIGUOUS_CHAT);
        assertThat(result.err()).contains(com.beepercomposer.sandbox.SeedData.CAROL_CHAT_ID)
                .contains(com.beepercomposer.sandbox.SeedData.CLIMBING_CHAT_ID);
        assertThat(cli.history()).isEmpty();
    }

    @Test
    void anUnreachableServerExitsOneAndSendsNothing() throws Exception {
        cli = new CliHarness();
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        cli.env.put("BEEPER_BASE_URL", "http://127.0.0.1:" + closedPort);
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "hi");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.ERROR);
        assertThat(cli.history()).isEmpty();
    }

    @Test
    void theLauncherHandsOnlyCommandsToTheCommandLine() {
        assertThat(CommandLine.handles(new String[] {"send", "--chat", "x"})).isTrue();
        assertThat(CommandLine.handles(new String[] {"history"})).isTrue();
        assertThat(CommandLine.handles(new String[] {"--sandbox-only"})).isFalse();
        assertThat(CommandLine.handles(new String[0])).isFalse();
    }

    @Test
    void noConfirmationWithinWaitExitsSevenAndSaysToCheckBeforeResending() {
        cli = new CliHarness(SandboxServer.builder().confirmDelay(Duration.ofMinutes(5)));
        CliHarness.Result result = cli.run("send", "--chat", SandboxServer.DEFAULT_CHAT_ID, "--text", "hi",
                "--wait=300ms");

        assertThat(result.code()).isEqualTo(ExitCode.UNCERTAIN);
        assertThat(result.err()).contains("check the chat before sending it again");
        // Left pending: the app follows it to its final message later.
        assertThat(cli.history().get(0).state()).isEqualTo(SendState.PENDING);
    }
}
