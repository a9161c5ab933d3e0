package com.beepercomposer.ui;

import static com.beepercomposer.ui.ViewParts.named;

import com.beepercomposer.i18n.Language;
import com.beepercomposer.i18n.Texts;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The one window: connection bar on top, composer, and history below, split where it was left. */
public final class MainView {
    private final UiSettings settings;
    private final Consumer<Language> changeLanguage;

    private SplitPane mainSplit;
    private Menu languageMenu;

    public MainView(UiSettings settings, Consumer<Language> changeLanguage) {
        this.settings = settings;
        this.changeLanguage = changeLanguage;
    }

    /** Builds the window's root around its three views (their roots) and wires it. */
    public BorderPane root(Node connectionBar, Node composer, Node history) {
        languageMenu = new Menu(Texts.get("main.language"));
        languageMenu.setId("languageMenu");
        MenuItem shortcuts = new MenuItem(Texts.get("main.keyboardShortcutsF1"));
        shortcuts.setOnAction(e -> onShortcuts());
        MenuBar menuBar = named(new MenuBar(new Menu(Texts.get("main.view"), null, languageMenu),
                new Menu(Texts.get("main.help"), null, shortcuts)), "menuBar", "main-menu");
        connectionBar.setId("connectionBar");
        mainSplit = named(new SplitPane(composer, history), "mainSplit");
        mainSplit.setOrientation(Orientation.VERTICAL);
        mainSplit.setDividerPositions(0.6);
        BorderPane root = named(new BorderPane(), "root", "main-view");
        // Top before centre, as the children are listed: the focus moves through them in that order.
        root.setTop(new VBox(menuBar, connectionBar));
        root.setCenter(mainSplit);
        root.getStylesheets().add(MainView.class.getResource("app.css").toExternalForm());
        initialize();
        return root;
    }

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

    private void onShortcuts() {
        ShortcutsWindow.show(mainSplit.getScene().getWindow());
    }
}
