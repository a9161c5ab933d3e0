package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatFinder;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Errors read as one short line; the request, status and body are in the details, never in the line. */
class FailuresTest {

    @Test
    void aRefusedConnectionIsShortAndItsRequestIsInTheDetails() {
        ApiException refused = ApiException.transport(ApiException.Kind.CONNECTION_REFUSED,
                "GET /v1/chats/!whatsapp_123:ba_x.local-whatsapp.localhost", new ConnectException("Connection refused"));

        assertThat(Failures.summary(new CompletionException(refused)))
                .isEqualTo("Nothing is listening there: is Beeper Desktop running?");
        assertThat(Failures.details(refused)).isEqualTo("""
                Request: GET /v1/chats/!whatsapp_123:ba_x.local-whatsapp.localhost
                Status: no answer
                Cause: java.net.ConnectException: Connection refused""");
    }

    @Test
    void anHttpErrorShowsTheServersMessageAndKeepsTheCodeAndBodyForTheDetails() {
        ApiException http = ApiException.http("POST /v1/chats/x/messages", 403, "FORBIDDEN", "This chat is read-only",
                java.util.List.of(), null);
        assertThat(Failures.summary(http)).isEqualTo("This chat is read-only (HTTP 403)");
        assertThat(Failures.details(http)).contains("Request: POST /v1/chats/x/messages", "Status: 403",
                "Code: FORBIDDEN");

        ApiException html = ApiException.notJson("GET /v1/info", 502, "<html>bad gateway</html>", null);
        assertThat(Failures.summary(html)).isEqualTo("The server's answer was not JSON (HTTP 502)");
        assertThat(Failures.details(html)).contains("Body: <html>bad gateway</html>");
    }

    @Test
    void anAnswerTooLargeToTakeSaysSoWithItsStatus() {
        ApiException tooLarge = ApiException.tooLarge("GET /v1/assets/serve", 200, 20L << 20);
        assertThat(Failures.summary(tooLarge)).isEqualTo("The answer was too large to take (HTTP 200)");
        assertThat(tooLarge.getMessage()).isEqualTo(
                "The answer is larger than the 20 MB we take (HTTP 200) (GET /v1/assets/serve)");
    }

    @Test
    void aLongMessageIsCutInTheSummaryOnly() {
        String longText = "x".repeat(300);
        IllegalStateException error = new IllegalStateException(longText);
        assertThat(Failures.summary(error)).hasSize(Failures.SUMMARY_LIMIT).endsWith("…");
        assertThat(Failures.details(error)).contains(longText);
    }

    @Test
    void theChatFieldsErrorIsTheShortLineWithDetailsBesideIt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ChatPickerViewModel model = new ChatPickerViewModel(new ChatFinder(new BeeperClient(ClientConfig.of(
                "http://127.0.0.1:" + closedPort, AccessToken.of("t")))), Runnable::run);

        model.submit("!whatsapp_123:ba_x.local-whatsapp.localhost");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.errorProperty().get().isEmpty());
        assertThat(model.errorProperty().get())
                .isEqualTo("Could not open the chat: Nothing is listening there: is Beeper Desktop running?");
        assertThat(model.errorDetailsProperty().get()).startsWith("Request: GET /v1/chats/");

        model.submit(" ");
        assertThat(model.errorDetailsProperty().get()).isEmpty();
    }

    @Test
    void aFailedSendsStatusLineLeavesTheRequestToTheDetails() {
        ApiException http = ApiException.http("POST /v1/chats/!a:b/messages", 500, null, null, java.util.List.of(), null);
        assertThat(SendFailureReport.of(http).status()).isEqualTo("Not sent: The server answered HTTP 500");
        assertThat(Failures.details(http)).startsWith("Request: POST /v1/chats/!a:b/messages\nStatus: 500");
    }
}
