package com.beepercomposer;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.settings.SavedConnection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the app sends at start-up: the environment, then the choice made in the app, then the sandbox. */
class AppConnectionChoiceTest {
    private static final SavedConnection SAVED = SavedConnection.desktop("http://10.0.0.5:23373", AccessToken.of("s"));

    @Test
    void theEnvironmentWins() {
        SavedConnection chosen = App.chooseConnection(ClientConfig.fromEnvironment(Map.of(
                "BEEPER_ACCESS_TOKEN", "env", "BEEPER_BASE_URL", "http://127.0.0.1:9999")), SAVED);
        assertThat(chosen).isEqualTo(SavedConnection.desktop("http://127.0.0.1:9999", AccessToken.of("env")));
    }

    @Test
    void thenTheSavedChoice() {
        assertThat(App.chooseConnection(ClientConfig.fromEnvironment(Map.of()), SAVED)).isEqualTo(SAVED);
    }

    @Test
    void aDesktopChoiceWithoutATokenFallsBackToTheSandbox() {
        SavedConnection noToken = new SavedConnection(false, "http://localhost:23373", null);
        assertThat(App.chooseConnection(ClientConfig.fromEnvironment(Map.of()), noToken))
                .isEqualTo(SavedConnection.SANDBOX);
    }

    @Test
    void aMalformedTokenInTheEnvironmentIsReportedWithoutItselfAndIgnored() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        ClientConfig env = App.environment(Map.of("BEEPER_ACCESS_TOKEN", "abc\u200Bdef ghi"), problems::add);
        assertThat(env.token()).isNull();
        assertThat(App.chooseConnection(env, SAVED)).isEqualTo(SAVED);
        assertThat(problems).singleElement().asString().contains("BEEPER_ACCESS_TOKEN")
                .doesNotContain("abc").doesNotContain("ghi");
    }
}
