package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ApiException;
import com.beepercomposer.settings.ConnectionStatus;
import com.beepercomposer.settings.SavedConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The connection dialog's state and Test connection, without a window. */
class ConnectionDialogViewModelTest {
    private final List<SavedConnection> probed = new ArrayList<>();
    private final List<CompletableFuture<ConnectionStatus>> answers = new ArrayList<>();

    private ConnectionDialogViewModel dialog(SavedConnection current) {
        return new ConnectionDialogViewModel(current, UiExecutor.direct(), choice -> {
            probed.add(choice);
            CompletableFuture<ConnectionStatus> answer = new CompletableFuture<>();
            answers.add(answer);
            return answer;
        });
    }

    private static ConnectionStatus connected() {
        return new ConnectionStatus(ConnectionStatus.State.CONNECTED, "Beeper Desktop", "4.2.1", 2, "2 accounts");
    }

    @Test
    void choosingTheSandboxAndBackKeepsWhatWasTypedForBeeperDesktop() {
        ConnectionDialogViewModel model = dialog(SavedConnection.SANDBOX);
        model.sandboxProperty().set(false);
        model.urlProperty().set("http://127.0.0.1:23999");
        model.tokenProperty().set("typed-token-1");

        model.sandboxProperty().set(true);
        assertThat(model.choice()).isEqualTo(SavedConnection.SANDBOX);
        model.sandboxProperty().set(false);

        assertThat(model.urlProperty().get()).isEqualTo("http://127.0.0.1:23999");
        assertThat(model.tokenProperty().get()).isEqualTo("typed-token-1");
        SavedConnection choice = model.choice();
        assertThat(choice.sandbox()).isFalse();
        assertThat(choice.baseUrl()).isEqualTo("http://127.0.0.1:23999");
        assertThat(choice.token().reveal()).isEqualTo("typed-token-1");
        assertThat(choice.toString()).doesNotContain("typed-token-1");
    }

    @Test
    void aUrlProblemShowsNextToTheUrlAndBlocksTheChoice() {
        ConnectionDialogViewModel model = dialog(SavedConnection.desktop("http://localhost:23373", AccessToken.of("t")));
        assertThat(model.urlErrorProperty().get()).isEmpty();
        assertThat(model.completeProperty().get()).isTrue();

        model.urlProperty().set("ftp://example.com");
        assertThat(model.urlErrorProperty().get()).contains("http:// or https://");
        assertThat(model.completeProperty().get()).isFalse();

        model.urlProperty().set(" ");
        assertThat(model.urlErrorProperty().get()).isEqualTo("Give the URL Beeper Desktop's API listens on");

        model.urlProperty().set("http://192.168.1.9:23373");
        assertThat(model.urlErrorProperty().get()).isEmpty();
        assertThat(model.clearTextWarningProperty().get()).contains("unencrypted");
    }

    @Test
    void aTypedTokenIsTrimmedAndAnEmptyFieldKeepsTheSavedOne() {
        AccessToken saved = AccessToken.of("saved-token");
        ConnectionDialogViewModel model = dialog(SavedConnection.desktop("http://localhost:23373", saved));
        assertThat(model.choice().token()).isEqualTo(saved);
        assertThat(model.tokenHintProperty().get()).startsWith("A token is saved");

        model.tokenProperty().set("  new-token\n");

        assertThat(model.tokenErrorProperty().get()).isEmpty();
        assertThat(model.choice().token()).isEqualTo(AccessToken.of("new-token"));
        assertThat(model.choice().token().reveal()).isEqualTo("new-token");
    }

    @Test
    void withoutAnyTokenBeeperDesktopIsNotComplete() {
        ConnectionDialogViewModel model = dialog(SavedConnection.SANDBOX);
        model.sandboxProperty().set(false);

        assertThat(model.completeProperty().get()).isFalse();
        assertThat(model.tokenHintProperty().get()).startsWith("Create one in Beeper Desktop");
        model.tokenProperty().set("abc");
        assertThat(model.completeProperty().get()).isTrue();
    }

    @Test
    void aTokenTheClientRefusesShowsItsMessageNextToTheToken() {
        String malformed = "two words";
        Throwable refusal = catchThrowable(() -> AccessToken.of(malformed));
        assumeThat(refusal).as("AccessToken.of refuses a token with a space").isInstanceOf(IllegalArgumentException.class);
        ConnectionDialogViewModel model = dialog(SavedConnection.desktop("http://localhost:23373", AccessToken.of("t")));

        model.tokenProperty().set(malformed);

        assertThat(model.tokenErrorProperty().get()).isEqualTo(refusal.getMessage());
        assertThat(model.completeProperty().get()).isFalse();
    }

    @Test
    void testConnectionAsksAboutTheChoiceAndShowsTheAnswer() {
        ConnectionDialogViewModel model = dialog(SavedConnection.desktop("http://localhost:23373", AccessToken.of("t")));
        model.urlProperty().set("http://localhost:4000/");

        model.test();

        assertThat(model.testResultProperty().get()).isEqualTo("Checking…");
        assertThat(model.testingProperty().get()).isTrue();
        assertThat(probed).singleElement().satisfies(c -> assertThat(c.baseUrl()).isEqualTo("http://localhost:4000"));
        answers.get(0).complete(connected());
        assertThat(model.testResultProperty().get()).isEqualTo("Connected to Beeper Desktop 4.2.1 · 2 accounts");
        assertThat(model.testingProperty().get()).isFalse();
    }

    @Test
    void aFailedTestShowsTheReasonAndTheSandboxNeedsNoCall() {
        ConnectionDialogViewModel model = dialog(SavedConnection.desktop("http://localhost:23373", AccessToken.of("t")));
        model.test();
        answers.get(0).completeExceptionally(ApiException.invalidRequest("Nothing listens there"));
        assertThat(model.testResultProperty().get()).isEqualTo("Nothing listens there");

        model.sandboxProperty().set(true);
        model.test();

        assertThat(probed).hasSize(1);
        assertThat(model.testResultProperty().get()).isEqualTo("The sandbox is built in: it always answers.");
        assertThat(model.choice()).isEqualTo(SavedConnection.SANDBOX);
    }

    @Test
    void anAnswerAboutFieldsSinceChangedIsDropped() {
        ConnectionDialogViewModel model = dialog(SavedConnection.desktop("http://localhost:23373", AccessToken.of("t")));
        model.test();

        model.urlProperty().set("http://localhost:5000");
        answers.get(0).complete(connected());

        assertThat(model.testResultProperty().get()).isEmpty();
        assertThat(model.testingProperty().get()).isFalse();
    }
}
