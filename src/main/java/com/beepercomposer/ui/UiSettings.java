package com.beepercomposer.ui;

import com.beepercomposer.i18n.Language;
import com.beepercomposer.i18n.Texts;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.beepercomposer.settings.PreferencesStore;
import com.beepercomposer.settings.UiPreferences;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;

/**
 * The window's remembered state (bounds, theme, preview) as one property; every change is
 * saved shortly after on a background thread, never on the FX thread.
 */
public final class UiSettings {
    private final ObjectProperty<UiPreferences> preferences;
    private final PreferencesStore store;
    private final ExecutorService writer;
    private final Debouncer saveLater;

    public UiSettings(UiPreferences initial, PreferencesStore store, UiExecutor ui) {
        this.preferences = new SimpleObjectProperty<>(initial);
        this.store = store;
        this.writer = store == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "preferences-writer");
            thread.setDaemon(true);
            return thread;
        });
        this.saveLater = new Debouncer(Duration.ofMillis(400), ui);
        preferences.addListener((obs, old, prefs) -> {
            if (writer != null) {
                saveLater.submit(() -> {
                    UiPreferences snapshot = preferences.get();
                    // After the exit's flush the writer is gone: a late move or resize is not saved.
                    if (!writer.isShutdown()) {
                        writer.execute(() -> store.save(snapshot));
                    }
                });
            }
        });
    }

    /** Settings that are never saved, for tests. */
    public static UiSettings inMemory() {
        return new UiSettings(UiPreferences.DEFAULT, null, UiExecutor.direct());
    }

    public ObjectProperty<UiPreferences> preferencesProperty() {
        return preferences;
    }

    public boolean dark() {
        return preferences.get().dark();
    }

    public void setDark(boolean dark) {
        preferences.set(preferences.get().withDark(dark));
        applyTheme();
    }

    /** The language chosen for the window; {@link Language#SYSTEM} follows the system's. */
    public Language language() {
        return Language.ofTag(preferences.get().language());
    }

    /** Remembers the choice and makes it the texts' language; the window shows it once rebuilt. */
    public void setLanguage(Language language) {
        preferences.set(preferences.get().withLanguage(language.tag()));
        Texts.use(language);
    }

    public void setPreviewShown(boolean shown) {
        preferences.set(preferences.get().withPreviewShown(shown));
    }

    /**
     * Puts the split's first divider where it was saved and remembers where it is dragged to;
     * {@code main} tells which divider this is (composer/history, or table/details).
     */
    public void restoreAndFollow(javafx.scene.control.SplitPane split, boolean main) {
        UiPreferences saved = preferences.get();
        split.setDividerPositions(main ? saved.mainDivider() : saved.detailsDivider());
        javafx.scene.control.SplitPane.Divider divider = split.getDividers().get(0);
        divider.positionProperty().addListener((obs, old, position) -> {
            UiPreferences p = preferences.get();
            double at = position.doubleValue();
            preferences.set(main ? p.withDividers(at, p.detailsDivider()) : p.withDividers(p.mainDivider(), at));
        });
    }

    public void applyTheme() {
        Application.setUserAgentStylesheet(dark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Puts the stage where it was and follows its moves and resizes from now on. */
    public void restoreAndFollow(Stage stage) {
        UiPreferences prefs = preferences.get();
        // Never larger than the screen it opens on, whatever was saved on a bigger one.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(prefs.width(), screen.getWidth()));
        stage.setHeight(Math.min(prefs.height(), screen.getHeight()));
        if (prefs.hasPosition() && onSomeScreen(prefs)) {
            stage.setX(prefs.x());
            stage.setY(prefs.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.maximized());
        Runnable remember = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                preferences.set(preferences.get().withBounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), false));
            } else if (stage.isMaximized()) {
                UiPreferences p = preferences.get();
                preferences.set(p.withBounds(p.x(), p.y(), p.width(), p.height(), true));
            }
        };
        stage.xProperty().addListener((obs, o, n) -> remember.run());
        stage.yProperty().addListener((obs, o, n) -> remember.run());
        stage.widthProperty().addListener((obs, o, n) -> remember.run());
        stage.heightProperty().addListener((obs, o, n) -> remember.run());
        stage.maximizedProperty().addListener((obs, o, n) -> remember.run());
    }

    /** A window saved on a monitor that is gone would open out of sight. */
    private static boolean onSomeScreen(UiPreferences prefs) {
        return !javafx.stage.Screen.getScreensForRectangle(prefs.x(), prefs.y(), Math.min(prefs.width(), 100),
                Math.min(prefs.height(), 100)).isEmpty();
    }

    /** Writes what is pending now and waits for it (briefly): called on exit, when it must land. */
    public void flush() {
        if (writer != null) {
            saveLater.cancel();
            UiPreferences last = preferences.get();
            writer.execute(() -> store.save(last));
            writer.shutdown();
            try {
                writer.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
