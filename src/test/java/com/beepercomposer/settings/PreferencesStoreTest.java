package com.beepercomposer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsWindowThemeAndPreview() {
        PreferencesStore store = new PreferencesStore(dir.resolve("sub/prefs.properties"));
        UiPreferences saved = UiPreferences.DEFAULT.withBounds(10, 20, 900, 700, false).withDark(true)
                .withPreviewShown(false).withDividers(0.3, 0.55);

        store.save(saved);

        assertThat(store.load()).isEqualTo(saved);
    }

    @Test
    void theChosenLanguageComesBackAfterARestart() {
        Path file = dir.resolve("prefs.properties");
        new PreferencesStore(file).save(UiPreferences.DEFAULT.withDark(true).withLanguage("de"));

        UiPreferences loaded = new PreferencesStore(file).load();

        assertThat(loaded.language()).isEqualTo("de");
        assertThat(loaded.dark()).isTrue();
        // Choosing "System" again is kept as such, not as the last language chosen.
        new PreferencesStore(file).save(loaded.withLanguage(""));
        assertThat(new PreferencesStore(file).load().language()).isEmpty();
    }

    @Test
    void aMissingOrBrokenFileGivesDefaults() throws Exception {
        Path file = dir.resolve("prefs.properties");
        assertThat(new PreferencesStore(file).load()).isEqualTo(UiPreferences.DEFAULT);
        Files.writeString(file, "window.width=wide\n");
        assertThat(new PreferencesStore(file).load()).isEqualTo(UiPreferences.DEFAULT);
    }

    @Test
    void dividersStayWhereBothPanesRemainUsable() {
        UiPreferences prefs = UiPreferences.DEFAULT.withDividers(0.0, 1.0);
        assertThat(prefs.mainDivider()).isEqualTo(0.1);
        assertThat(prefs.detailsDivider()).isEqualTo(0.9);
        assertThat(UiPreferences.DEFAULT.withDividers(Double.NaN, 0.5).mainDivider())
                .isEqualTo(UiPreferences.DEFAULT_MAIN_DIVIDER);
    }
}
