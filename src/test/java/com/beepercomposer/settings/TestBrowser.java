package com.beepercomposer.settings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Plays the person's browser: loads the authorization page (the sandbox consents at once and
 * redirects), then follows the redirect to the app's loopback listener, after letting the test
 * change where it leads (a forged state, a refusal). What the listener answered is kept.
 */
public final class TestBrowser implements BrowserOpener {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final UnaryOperator<URI> redirectTampering;
    public final CompletableFuture<URI> opened = new CompletableFuture<>();
    final CompletableFuture<HttpResponse<String>> listenerAnswer = new CompletableFuture<>();

    /** A browser that does not come back at all (the person closed it). */
    public static TestBrowser thatNeverReturns() {
        return new TestBrowser(null);
    }

    public static TestBrowser consenting() {
        return new TestBrowser(UnaryOperator.identity());
    }

    public static TestBrowser following(UnaryOperator<URI> redirectTampering) {
        return new TestBrowser(redirectTampering);
    }

    private TestBrowser(UnaryOperator<URI> redirectTampering) {
        this.redirectTampering = redirectTampering;
    }

    @Override
    public void open(URI page) {
        opened.complete(page);
        if (redirectTampering == null) {
            return;
        }
        // A real browser runs apart from the app: so does this one.
        CompletableFuture.runAsync(() -> {
            try {
                HttpResponse<String> consent = HTTP.send(HttpRequest.newBuilder(page).build(),
                        HttpResponse.BodyHandlers.ofString());
                URI back = URI.create(consent.headers().firstValue("Location").orElseThrow(
                        () -> new IllegalStateException("No redirect: " + consent.statusCode() + " " + consent.body())));
                listenerAnswer.complete(HTTP.send(HttpRequest.newBuilder(redirectTampering.apply(back)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            } catch (IOException | InterruptedException | RuntimeException e) {
                listenerAnswer.completeExceptionally(e);
            }
        });
    }

    /** The redirect with one query parameter's value replaced. */
    static UnaryOperator<URI> replacing(String name, String value) {
        return uri -> URI.create(uri.toString().replaceAll("([?&]" + name + "=)[^&]*", "$1" + value));
    }

    /** What an authorization server sends back when the person says no (RFC 6749 4.1.2.1). */
    public static UnaryOperator<URI> refusing() {
        return uri -> URI.create(uri.toString().replaceAll("([?&])code=[^&]*", "$1error=access_denied"));
    }
}
