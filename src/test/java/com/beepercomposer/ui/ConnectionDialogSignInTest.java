package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.OAuthClient;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.DesktopSignIn;
import com.beepercomposer.settings.SavedConnection;
import com.beepercomposer.settings.TestBrowser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Sign in with Beeper Desktop" and "Disconnect" in the connection dialog, against the sandbox. */
class ConnectionDialogSignInTest {
    private SandboxServer sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).build().start();
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private ConnectionDialogViewModel dialog(SavedConnection current, TestBrowser browser) {
        DesktopSignIn signIn = new DesktopSignIn(new OAuthClient(), browser, Duration.ofMinutes(1));
        return new ConnectionDialogViewModel(current, UiExecutor.direct(), choice -> new CompletableFuture<>(),
                new ConnectionDialogViewModel.SignInActions(signIn::signIn,
                        saved -> signIn.revoke(saved.baseUrl(), saved.token(), saved.oauthClientID()),
                        CompletableFuture.completedFuture("The token is kept in the fake keyring.")));
    }

    @Test
    void signingInMakesTheTokenTheChoiceAndSaysWhoAndWhere() throws Exception {
        ConnectionDialogViewModel model = dialog(SavedConnection.SANDBOX, TestBrowser.consenting());
        model.sandboxProperty().set(false);
        model.urlProperty().set(sandbox.baseUrl());
        assertThat(model.completeProperty().get()).isFalse();

        model.signIn();

        waitFor(30, TimeUnit.SECONDS, () -> !model.signingInProperty().get());
        assertThat(model.signInStatusProperty().get()).startsWith("Signed in as Sam Sandbox · Beeper Desktop");
        assertThat(model.completeProperty().get()).isTrue();
        SavedConnection choice = model.choice();
        assertThat(choice.oauthClientID()).startsWith("sandbox-client-");
        assertThat(new BeeperClient(ClientConfig.of(choice.baseUrl(), choice.token())).accounts()
                .get(30, TimeUnit.SECONDS)).isNotEmpty();
        assertThat(model.tokenStorageProperty().get()).isEqualTo("The token is kept in the fake keyring.");
        assertThat(model.tokenHintProperty().get()).startsWith("Leave this empty to use the token you just signed in");
        assertThat(model.signInLinkProperty().get()).isEmpty();
    }

    @Test
    void whileWaitingTheLinkIsOfferedAndClosingTheDialogStopsListening() throws Exception {
        TestBrowser browser = TestBrowser.thatNeverReturns();
        ConnectionDialogViewModel model = dialog(SavedConnection.SANDBOX, browser);
        model.sandboxProperty().set(false);
        model.urlProperty().set(sandbox.baseUrl());

        model.signIn();

        waitFor(30, TimeUnit.SECONDS, () -> !model.signInLinkProperty().get().isEmpty());
        java.net.URI page = browser.opened.get(30, TimeUnit.SECONDS);
        assertThat(model.signInLinkProperty().get()).isEqualTo(page.toString());
        String redirect = java.net.URLDecoder.decode(page.getRawQuery().replaceAll(".*redirect_uri=([^&]*).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);

        model.close();

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(redirect)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
                return false;
            } catch (java.io.IOException refused) {
                return true;
            }
        });
    }

    @Test
    void aRefusalIsShownAndLeavesNoToken() throws Exception {
        ConnectionDialogViewModel model = dialog(SavedConnection.SANDBOX, TestBrowser.following(TestBrowser.refusing()));
        model.sandboxProperty().set(false);
        model.urlProperty().set(sandbox.baseUrl());

        model.signIn();

        waitFor(30, TimeUnit.SECONDS, () -> !model.signingInProperty().get());
        assertThat(model.signInStatusProperty().get()).isEqualTo("Sign-in was refused in Beeper Desktop");
        assertThat(model.completeProperty().get()).isFalse();
    }

    @Test
    void disconnectRevokesTheTokenAndForgetsIt() throws Exception {
        ConnectionDialogViewModel signing = dialog(SavedConnection.SANDBOX, TestBrowser.consenting());
        signing.sandboxProperty().set(false);
        signing.urlProperty().set(sandbox.baseUrl());
        signing.signIn();
        waitFor(30, TimeUnit.SECONDS, () -> !signing.signingInProperty().get());
        SavedConnection saved = signing.choice();
        AccessToken token = saved.token();
        ConnectionDialogViewModel model = dialog(saved, TestBrowser.consenting());
        assertThat(model.canDisconnect()).isTrue();
        List<SavedConnection> switchedTo = new ArrayList<>();

        model.disconnect(switchedTo::add);

        waitFor(30, TimeUnit.SECONDS, () -> !switchedTo.isEmpty());
        assertThat(switchedTo.get(0).sandbox()).isTrue();
        assertThat(switchedTo.get(0).token()).isNull();
        BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), token));
        assertThat(client.accounts().handle((ok, error) -> error).get(30, TimeUnit.SECONDS))
                .hasMessageContaining("401");
    }
}
