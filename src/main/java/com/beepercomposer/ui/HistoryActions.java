package com.beepercomposer.ui;

import com.beepercomposer.history.ExportFormat;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The history rows' actions: a context menu whose shortcuts work while the table has the focus
 * only, so they never steal keys from the composer. The menu is shown by hand, not set as the
 * table's context menu: a control's context menu puts its accelerators into the whole scene,
 * where Delete or Ctrl+C in the composer would hit the table.
 */
final class HistoryActions {
    static final KeyCombination COPY_PENDING = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY_FINAL = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination COPY_CURL = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.ALT_DOWN);
    static final KeyCombination LOAD = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RETRY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CHECK = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination UNSEND = new KeyCodeCombination(KeyCode.BACK_SPACE, KeyCombination.SHORTCUT_DOWN);
    /** Unsend's second key, for keyboards where Ctrl+Backspace is taken. */
    static final KeyCombination UNSEND_TOO = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHIFT_DOWN);
    static final KeyCombination MATRIX = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final String editText = Texts.get("history.menu.edit");
    private final String unsendText = Texts.get("history.menu.unsend");

    private final HistoryCommands model;
    private final TableView<HistoryRow> table;

    private final Action copyPending;
    private final Action copyFinal;
    private final Action copyCurl;
    private final Action load;
    private final Action check;
    private final Action retry;
    private final Action export;
    private final Action delete;
    private final Action edit;
    private final Action unsend;
    private final Action matrix;
    /** Every action in the menu's order: the shortcuts read their keys and states here, menu or not. */
    private final List<Action> actions;
    /** Made on the first right-click: a popup window of a dozen items that most starts never show. */
    private ContextMenu menu;

    /** @param openMatrix opens the "Send as…" matrix of a row's group */
    HistoryActions(HistoryCommands model, TableView<HistoryRow> table,
                   java.util.function.Consumer<SendRecord> openMatrix) {
        this.model = model;
        this.table = table;
        copyPending = new Action(Texts.get("history.menu.copyPending"), Feather.COPY, COPY_PENDING,
                () -> copy(model.pendingIds(selection()), Texts.get("history.copied.pending")));
        copyFinal = new Action(Texts.get("history.menu.copyFinal"), Feather.COPY, COPY_FINAL,
                () -> copy(model.finalIds(selection()), Texts.get("history.copied.final")));
        copyCurl = new Action(Texts.get("history.menu.copyCurl"), Feather.TERMINAL, COPY_CURL,
                () -> copy(model.curl(selection()), Texts.get("history.copied.curl")));
        load = new Action(Texts.get("history.menu.load"), Feather.EDIT, LOAD, () -> model.loadIntoComposer(focused()));
        check = new Action(Texts.get("history.menu.check"), Feather.SEARCH, CHECK,
                () -> model.checkDelivery(focused()));
        retry = new Action(Texts.get("history.menu.retry"), Feather.ROTATE_CW, RETRY, this::retryFocused);
        export = new Action(Texts.get("history.menu.export"), Feather.DOWNLOAD, EXPORT, this::chooseExportFile);
        delete = new Action(Texts.get("history.menu.delete"), Feather.TRASH_2, DELETE, this::deleteSelected);
        edit = new Action(editText, Feather.EDIT_3, EDIT, () -> model.edit(focused()));
        unsend = new Action(unsendText, Feather.X_SQUARE, UNSEND, () -> model.unsendAsking(focused()));
        matrix = new Action(Texts.get("history.menu.matrix"), Feather.GRID, MATRIX, () -> {
            SendRecord row = focused();
            if (inMatrix(row)) {
                openMatrix.accept(row);
            }
        });
        actions = List.of(copyPending, copyFinal, copyCurl, load, check, retry, edit, unsend, matrix, export, delete);
        table.setOnContextMenuRequested(e -> {
            updateActions();
            // The chat's capabilities decide Edit and Unsend: the open menu updates once they are known.
            // (The shortcuts wait for them in the command itself.)
            model.lookUpChat(focused(), this::updateActions);
            menu().show(table, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private ContextMenu menu() {
        if (menu == null) {
            menu = new ContextMenu(copyPending.item(), copyFinal.item(), copyCurl.item(), new SeparatorMenuItem(),
                    load.item(), check.item(), retry.item(), new SeparatorMenuItem(), edit.item(), unsend.item(),
                    new SeparatorMenuItem(), matrix.item(), new SeparatorMenuItem(), export.item(), delete.item());
            menu.setOnShowing(e -> updateActions());
        }
        return menu;
    }

    /** Whether the context menu exists yet: it is made when first asked for. */
    boolean menuBuilt() {
        return menu != null;
    }

    private void shortcut(KeyEvent event) {
        updateActions();
        for (Action action : actions) {
            if (action.key.match(event) || action == unsend && UNSEND_TOO.match(event)) {
                if (!action.off) {
                    action.run.run();
                }
                event.consume();
                return;
            }
        }
    }

    private void updateActions() {
        List<SendRecord> selection = selection();
        SendRecord focused = focused();
        boolean none = selection.isEmpty();
        boolean one = focused != null && selection.size() == 1;
        copyPending.setOff(none);
        copyFinal.setOff(selection.stream().allMatch(r -> r.finalMessageID() == null));
        copyCurl.setOff(none);
        load.setOff(focused == null);
        check.setOff(!one || focused.state() != SendState.UNKNOWN || model.sentElsewhere(focused));
        retry.setOff(!one || !focused.canRetry());
        export.setOff(none);
        delete.setOff(none);
        matrix.setOff(!inMatrix(focused));
        offerWithReason(edit, editText, one ? model.editBlockedReason(focused) : Texts.get("history.selectOne"));
        offerWithReason(unsend, unsendText, one ? model.unsendBlockedReason(focused) : Texts.get("history.selectOne"));
    }

    /** Off with the reason in its text ("Edit in composer (off: it has no final message ID yet)"), or on. */
    private static void offerWithReason(Action action, String text, String reason) {
        action.setOff(reason != null);
        action.setText(reason == null ? text : Texts.get("history.menu.off", text, reason));
    }

    private static boolean inMatrix(SendRecord row) {
        return row != null && row.group() != null
                && row.group().kind() == com.beepercomposer.history.SendGroup.Kind.MATRIX;
    }

    private void copy(String text, String what) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        model.copied(what, selection().size());
    }

    private void retryFocused() {
        SendRecord row = focused();
        if (row != null && row.canRetry()) {
            model.retryAsking(row);
        }
    }

    private void deleteSelected() {
        List<SendRecord> selection = selection();
        if (!selection.isEmpty()) {
            model.deleteAsking(selection);
        }
    }

    void chooseExportFile() {
        if (selection().isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("history.export.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
        chooser.setInitialFileName("history.csv");
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file == null) {
            return;
        }
        boolean json = chooser.getSelectedExtensionFilter() != null
                && chooser.getSelectedExtensionFilter().getExtensions().contains("*.json");
        String name = file.getName().toLowerCase(Locale.ROOT);
        Path path = name.endsWith(".csv") || name.endsWith(".json") ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + (json ? ".json" : ".csv"));
        exportSelectedTo(path);
    }

    /** The export without the file chooser; the format follows the file's extension. */
    CompletableFuture<Path> exportSelectedTo(Path file) {
        return model.export(selection(), file, ExportFormat.forFile(file));
    }

    private List<SendRecord> selection() {
        return table.getSelectionModel().getSelectedItems().stream().map(HistoryRow::record).toList();
    }

    private SendRecord focused() {
        HistoryRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.record();
    }

    /** One thing to do to the rows: its key, whether it is off now, and its menu item once the menu exists. */
    private static final class Action {
        private final Feather icon;
        private final KeyCombination key;
        private final Runnable run;
        private String text;
        private boolean off;
        private MenuItem item;

        Action(String text, Feather icon, KeyCombination key, Runnable run) {
            this.text = text;
            this.icon = icon;
            this.key = key;
            this.run = run;
        }

        void setOff(boolean now) {
            off = now;
            if (item != null) {
                item.setDisable(now);
            }
        }

        void setText(String now) {
            text = now;
            if (item != null) {
                item.setText(now);
            }
        }

        MenuItem item() {
            if (item == null) {
                item = new MenuItem(text, new FontIcon(icon));
                item.setAccelerator(key);
                item.setDisable(off);
                item.setOnAction(e -> run.run());
            }
            return item;
        }
    }
}
