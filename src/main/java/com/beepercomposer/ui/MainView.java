package com.beepercomposer.ui;

import com.beepercomposer.i18n.Language;
import com.beepercomposer.i18n.Texts;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;

/** The one window: connection bar on top, composer, and history below, split where it was left. */
public final class MainView {
    private final UiSettings settings;
    private final Consumer<Language> changeLanguage;

    @FXML
    private SplitPane mainSplit;
    @FXML
    private Menu languageMenu;

    public MainView(UiSettings settings, Consumer<Language> changeLanguage) {
        this.settings = settings;
        this.changeLanguage = changeLanguage;
    }

    @FXML
    private void initialize() {
        settings.restoreAndFollow(mainSplit, true);
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            // Each language names itself; "System" says which one the system speaks.
            RadioMenuItem item = new RadioMenuItem(Texts.get("language." + language.name(),
                    Language.SYSTEM.locale().getDisplayLanguage(Texts.locale())));
            item.setId("language-" + language.name());
            item.setToggleGroup(group);
            item.setSelected(language == settings.language());
            item.setOnAction(e -> {
                if (language != settings.language()) {
                    changeLanguage.accept(language);
                }
            });
            languageMenu.getItems().add(item);
        }
    }

    @FXML
    private void onShortcuts() {
        ShortcutsWindow.show(mainSplit.getScene().getWindow());
    }
}
