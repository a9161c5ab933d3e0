package com.beepercomposer.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.OAuthClient;
import com.beepercomposer.sandbox.SandboxServer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Sign in with Beeper Desktop" end to end against the sandbox, the test playing the browser. */
class DesktopSignInTest {
    private SandboxServer sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).build().start();
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private CompletableFuture<SignedIn> signIn(TestBrowser browser, Duration timeout) {
        return new DesktopSignIn(new OAuthClient(), browser, timeout).signIn(sandbox.baseUrl());
    }

    @Test
    void theCodeBecomesATokenTheApiTakes() throws Exception {
        TestBrowser browser = TestBrowser.consenting();

        SignedIn done = signIn(browser, Duration.ofMinutes(1)).get(30, TimeUnit.SECONDS);

        URI page = browser.opened.get();
        assertThat(page.getPath()).isEqualTo("/oauth/authorize");
        assertThat(page.getQuery()).contains("response_type=code", "code_challenge_method=S256",
                "redirect_uri=http://127.0.0.1:", "state=", "client_id=" + done.clientID());
        assertThat(browser.listenerAnswer.get().body()).contains("You can close this tab");
        assertThat(done.user()).isEqualTo("Sam Sandbox");
        assertThat(done.server()).startsWith("Beeper Desktop");
        BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), done.token()));
        assertThat(client.accounts().get(30, TimeUnit.SECONDS)).isNotEmpty();
    }

    @Test
    void revokingTheTokenMakesTheApiRefuseIt() throws Exception {
        DesktopSignIn signIn = new DesktopSignIn(new OAuthClient(), TestBrowser.consenting(), Duration.ofMinutes(1));
        SignedIn done = signIn.signIn(sandbox.baseUrl()).get(30, TimeUnit.SECONDS);

        signIn.revoke(sandbox.baseUrl(), done.token(), done.clientID()).get(30, TimeUnit.SECONDS);

        BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), done.token()));
        assertThatThrownBy(() -> client.accounts().get(30, TimeUnit.SECONDS)).hasMessageContaining("401");
    }

    @Test
    void anAnswerWithAnotherStateEndsTheSignIn() throws Exception {
        TestBrowser browser = TestBrowser.following(TestBrowser.replacing("state", "forged"));

        CompletableFuture<SignedIn> result = signIn(browser, Duration.ofMinutes(1));

        assertThat(failureOf(result)).isInstanceOf(SignInException.class).hasMessageContaining("wrong state");
        assertThat(browser.listenerAnswer.get().statusCode()).isEqualTo(400);
        assertThat(browser.listenerAnswer.get().body()).contains("does not belong", "You can close this tab");
    }

    @Test
    void aRefusedConsentSaysSo() throws Exception {
        TestBrowser browser = TestBrowser.following(TestBrowser.refusing());

        CompletableFuture<SignedIn> result = signIn(browser, Duration.ofMinutes(1));

        assertThat(failureOf(result)).isInstanceOf(SignInException.class)
                .hasMessage("Sign-in was refused in Beeper Desktop");
        assertThat(browser.listenerAnswer.get().body()).contains("not completed", "You can close this tab");
    }

    @Test
    void aBrowserThatNeverComesBackTimesOut() throws Exception {
        TestBrowser browser = TestBrowser.thatNeverReturns();

        CompletableFuture<SignedIn> result = signIn(browser, Duration.ofMillis(300));

        assertThat(failureOf(result)).isInstanceOf(SignInException.class)
                .hasMessage("No answer from the browser within 300 ms: sign-in stopped");
        // The listener is gone with the sign-in: its port no longer answers.
        URI redirect = URI.create(query(browser.opened.get(), "redirect_uri"));
        assertThatThrownBy(() -> java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(redirect).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding())).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aServerWithoutSignInIsTold() {
        CompletableFuture<SignedIn> result = new DesktopSignIn(new OAuthClient(), TestBrowser.consenting(),
                Duration.ofMinutes(1)).signIn("http://127.0.0.1:1");

        assertThat(failureOf(result)).isNotNull();
    }

    private static Throwable failureOf(CompletableFuture<?> result) {
        try {
            result.get(30, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + uri);
    }
}
