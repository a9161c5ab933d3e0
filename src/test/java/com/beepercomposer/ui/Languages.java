package com.beepercomposer.ui;

import com.beepercomposer.i18n.Language;
import com.beepercomposer.i18n.Texts;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.testfx.api.FxRobot;

/** Lets a window test choose the language from the menu, as a person would, and undo it after. */
final class Languages {
    private Languages() {
    }

    /**
     * Lifts the English the build forces on tests, so the menu's choice applies; {@link #reset()}
     * puts it back.
     */
    static void allowChoice() {
        System.clearProperty(Texts.LOCALE_PROPERTY);
    }

    static void reset() {
        System.setProperty(Texts.LOCALE_PROPERTY, "en");
        Texts.setLocale(Locale.ENGLISH);
    }

    /** Picks View > Language > {@code language} in the window's menu bar. */
    static void choose(FxRobot robot, Language language) {
        MenuBar bar = robot.lookup(".main-menu").queryAs(MenuBar.class);
        robot.interact(() -> bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item instanceof Menu).flatMap(menu -> ((Menu) menu).getItems().stream())
                .filter(item -> ("language-" + language.name()).equals(item.getId())).findFirst()
                .ifPresentOrElse(MenuItem::fire, () -> {
                    throw new AssertionError("No language item for " + language);
                }));
    }
}
