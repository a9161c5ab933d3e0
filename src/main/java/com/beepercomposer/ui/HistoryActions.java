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

    private final MenuItem copyPending = item(Texts.get("history.menu.copyPending"), Feather.COPY, COPY_PENDING);
    private final MenuItem copyFinal = item(Texts.get("history.menu.copyFinal"), Feather.COPY, COPY_FINAL);
    private final MenuItem copyCurl = item(Texts.get("history.menu.copyCurl"), Feather.TERMINAL, COPY_CURL);
    private final MenuItem load = item(Texts.get("history.menu.load"), Feather.EDIT, LOAD);
    private final MenuItem check = item(Texts.get("history.menu.check"), Feather.SEARCH, CHECK);
    private final MenuItem retry = item(Texts.get("history.menu.retry"), Feather.ROTATE_CW, RETRY);
    private final MenuItem export = item(Texts.get("history.menu.export"), Feather.DOWNLOAD, EXPORT);
    private final MenuItem delete = item(Texts.get("history.menu.delete"), Feather.TRASH_2, DELETE);
    private final MenuItem edit = item(editText, Feather.EDIT_3, EDIT);
    private final MenuItem unsend = item(unsendText, Feather.X_SQUARE, UNSEND);
    private final MenuItem matrix = item(Texts.get("history.menu.matrix"), Feather.GRID, MATRIX);
    /** Every item in the menu's order: the shortcuts read their keys and states here, menu or not. */
    private final List<MenuItem> items = List.of(copyPending, copyFinal, copyCurl, new SeparatorMenuItem(),
            load, check, retry, new SeparatorMenuItem(), edit, unsend, new SeparatorMenuItem(), matrix,
            new SeparatorMenuItem(), export, delete);
    /** Made on the first right-click: a popup window, with its own scene, that most starts never show. */
    private ContextMenu menu;

    /** @param openMatrix opens the "Send as…" matrix of a row's group */
    HistoryActions(HistoryCommands model, TableView<HistoryRow> table,
                   java.util.function.Consumer<SendRecord> openMatrix) {
        this.model = model;
        this.table = table;
        matrix.setOnAction(e -> {
            SendRecord row = focused();
            if (inMatrix(row)) {
                openMatrix.accept(row);
            }
        });
        copyPending.setOnAction(e -> copy(model.pendingIds(selection()), Texts.get("history.copied.pending")));
        copyFinal.setOnAction(e -> copy(model.finalIds(selection()), Texts.get("history.copied.final")));
        copyCurl.setOnAction(e -> copy(model.curl(selection()), Texts.get("history.copied.curl")));
        load.setOnAction(e -> model.loadIntoComposer(focused()));
        check.setOnAction(e -> model.checkDelivery(focused()));
        retry.setOnAction(e -> retryFocused());
        export.setOnAction(e -> chooseExportFile());
        delete.setOnAction(e -> deleteSelected());
        edit.setOnAction(e -> model.edit(focused()));
        unsend.setOnAction(e -> model.unsendAsking(focused()));
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

    private static MenuItem item(String text, Feather icon, KeyCombination key) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setAccelerator(key);
        return item;
    }

    private ContextMenu menu() {
        if (menu == null) {
            menu = new ContextMenu(items.toArray(MenuItem[]::new));
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
        for (MenuItem item : items) {
            if (item.getAccelerator() != null && item.getAccelerator().match(event)
                    || item == unsend && UNSEND_TOO.match(event)) {
                if (!item.isDisable()) {
                    item.fire();
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
        copyPending.setDisable(none);
        copyFinal.setDisable(selection.stream().allMatch(r -> r.finalMessageID() == null));
        copyCurl.setDisable(none);
        load.setDisable(focused == null);
        check.setDisable(!one || focused.state() != SendState.UNKNOWN || model.sentElsewhere(focused));
        retry.setDisable(!one || !focused.canRetry());
        export.setDisable(none);
        delete.setDisable(none);
        matrix.setDisable(!inMatrix(focused));
        offerWithReason(edit, editText, one ? model.editBlockedReason(focused) : Texts.get("history.selectOne"));
        offerWithReason(unsend, unsendText, one ? model.unsendBlockedReason(focused) : Texts.get("history.selectOne"));
    }

    /** Off with the reason in its text ("Edit in composer (off: it has no final message ID yet)"), or on. */
    private static void offerWithReason(MenuItem item, String text, String reason) {
        item.setDisable(reason != null);
        item.setText(reason == null ? text : Texts.get("history.menu.off", text, reason));
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
}
