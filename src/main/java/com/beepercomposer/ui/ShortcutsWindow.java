package com.beepercomposer.ui;

import com.beepercomposer.i18n.Texts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help > Keyboard shortcuts (F1): a small window listing {@link Shortcuts#all()}; Esc closes it. */
final class ShortcutsWindow {

    private ShortcutsWindow() {
    }

    /** The window's title, in the window's language. */
    static String title() {
        return Texts.get("shortcuts.title");
    }

    static Stage show(Window owner) {
        TableView<Shortcuts.Shortcut> table = new TableView<>();
        table.setId("shortcutsTable");
        table.setAccessibleText(title());
        table.getColumns().add(column(Texts.get("shortcuts.column.where"), Shortcuts.Shortcut::area, 100));
        table.getColumns().add(column(Texts.get("shortcuts.column.keys"), Shortcuts.Shortcut::keys, 170));
        table.getColumns().add(column(Texts.get("shortcuts.column.action"), Shortcuts.Shortcut::action, 500));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(Shortcuts.all());
        Stage stage = new Stage();
        stage.setTitle(title());
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        Scene scene = new Scene(table, 800, 620);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.F1) {
                event.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        table.requestFocus();
        return stage;
    }

    private static TableColumn<Shortcuts.Shortcut, String> column(String title,
            java.util.function.Function<Shortcuts.Shortcut, String> value, double width) {
        TableColumn<Shortcuts.Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
