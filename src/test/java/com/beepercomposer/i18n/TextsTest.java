package com.beepercomposer.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.compose.Sizes;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The accessor: the chosen language wins over the system's, numbers follow it, apostrophes stay. */
class TextsTest {

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void germanTextsNumbersAndSizes() {
        Texts.setLocale(Locale.GERMAN);
        assertThat(Texts.get("composer.sendButton")).isEqualTo("Senden");
        assertThat(Texts.get("history.count", 1234, 5678)).isEqualTo("1.234 von 5.678 Zeilen");
        assertThat(Sizes.humanInLanguage(1536 * 1024)).isEqualTo("1,5 MB");
        assertThat(Sizes.human(1536 * 1024)).as("scripts read the same on every machine").isEqualTo("1.5 MB");
    }

    @Test
    void englishChosenOnAGermanSystemStaysEnglish() {
        Locale system = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Texts.setLocale(Language.ENGLISH.locale());
            assertThat(Texts.get("composer.sendButton")).isEqualTo("Send");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void apostrophesNeedNoEscapingWithOrWithoutArguments() {
        Texts.setLocale(Locale.ENGLISH);
        assertThat(Texts.get("history.allConnections.tooltip", "the sandbox"))
                .isEqualTo("Off: only rows sent through the sandbox. On: every connection's rows.");
        assertThat(Texts.get("editor.previewHint")).isEqualTo("The recipient's view of your message shows here.");
        assertThat(Texts.get("history.exported", 1, "a.csv")).isEqualTo("Exported 1 row to a.csv");
        assertThat(Texts.get("history.exported", 2, "a.csv")).isEqualTo("Exported 2 rows to a.csv");
    }

    @Test
    void languageFromItsSavedTag() {
        assertThat(Language.ofTag("de")).isEqualTo(Language.GERMAN);
        assertThat(Language.ofTag("")).isEqualTo(Language.SYSTEM);
        assertThat(Language.ofTag("xx")).isEqualTo(Language.SYSTEM);
    }
}
