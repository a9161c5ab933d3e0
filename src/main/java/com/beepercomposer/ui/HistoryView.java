package com.beepercomposer.ui;

import com.beepercomposer.history.ExportFormat;
import com.beepercomposer.history.JsonText;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.history.SendTimings;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The history: a filter bar, the table (one row per send, status coloured and iconed, pending
 * ID beside the final one), and the selected row's details. Row actions sit in a context menu
 * whose shortcuts work while the table has the focus only, so they never steal keys from the
 * composer.
 */
public final class HistoryView {
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final Comparator<String> TEXT_ORDER = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);

    private final HistoryViewModel model;

    @FXML
    private ComboBox<String> chatFilter;
    @FXML
    private ComboBox<StateChoice> stateFilter;
    @FXML
    private TextField textFilter;
    @FXML
    private Label countLabel;
    @FXML
    private Label noticeLabel;
    @FXML
    private Button exportButton;
    @FXML
    private TableView<HistoryRow> table;
    @FXML
    private TableColumn<HistoryRow, SendRecord> timeColumn;
    @FXML
    private TableColumn<HistoryRow, SendRecord> chatColumn;
    @FXML
    private TableColumn<HistoryRow, SendRecord> textColumn;
    @FXML
    private TableColumn<HistoryRow, SendRecord> attachmentColumn;
    @FXML
    private TableColumn<HistoryRow, SendRecord> replyColumn;
    @FXML
    private TableColumn<HistoryRow, SendRecord> pendingColumn;
    @FXML
    private TableColumn<HistoryRow, SendRecord> statusColumn;
    @FXML
    private TableColumn<HistoryRow, SendRecord> finalColumn;
    @FXML
    private VBox detailsBox;
    @FXML
    private Label detailsTitle;
    @FXML
    private Label timingsLabel;
    @FXML
    private Label reasonLabel;
    @FXML
    private TextArea requestArea;
    @FXML
    private TextArea responseArea;
    @FXML
    private TextArea finalArea;

    private final MenuItem copyPending = item("Copy pending ID", Feather.COPY, COPY_PENDING);
    private final MenuItem copyFinal = item("Copy final ID", Feather.COPY, COPY_FINAL);
    private final MenuItem copyCurl = item("Copy as curl", Feather.TERMINAL, COPY_CURL);
    private final MenuItem load = item("Load into composer", Feather.EDIT, LOAD);
    private final MenuItem check = item("Check delivery", Feather.SEARCH, CHECK);
    private final MenuItem retry = item("Retry…", Feather.ROTATE_CW, RETRY);
    private final MenuItem export = item("Export selected…", Feather.DOWNLOAD, EXPORT);
    private final MenuItem delete = item("Delete…", Feather.TRASH_2, DELETE);
    private final ContextMenu menu = new ContextMenu(copyPending, copyFinal, copyCurl, new SeparatorMenuItem(),
            load, check, retry, new SeparatorMenuItem(), export, delete);

    public HistoryView(HistoryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        column(timeColumn, r -> TIME.format(r.createdAt()), Comparator.comparing(SendRecord::createdAt));
        column(chatColumn, HistoryViewModel::chatName, text(HistoryViewModel::chatName));
        column(textColumn, r -> r.text() == null ? "" : r.text().replace('\n', ' '), text(SendRecord::text));
        column(attachmentColumn, HistoryView::attachment, text(HistoryView::attachment));
        column(replyColumn, r -> orEmpty(r.replyToMessageID()), text(SendRecord::replyToMessageID));
        column(pendingColumn, r -> orEmpty(r.pendingMessageID()), text(SendRecord::pendingMessageID));
        column(finalColumn, r -> orEmpty(r.finalMessageID()), text(SendRecord::finalMessageID));
        statusColumn.setCellValueFactory(cell -> cell.getValue().recordProperty());
        statusColumn.setCellFactory(column -> new StatusCell());
        statusColumn.setComparator(Comparator.comparing(SendRecord::state));

        SortedList<HistoryRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> model.visibleRows().size()
                + " of " + model.rows().size() + " rows", model.visibleRows(), model.rows()));
        noticeLabel.textProperty().bind(Bindings.when(model.loadErrorProperty().isEmpty())
                .then(model.noticeProperty()).otherwise(model.loadErrorProperty()));

        wireFilters();
        wireActions();
        model.detailsProperty().addListener((obs, old, now) -> showDetails(now));
        showDetails(null);
    }

    private void wireFilters() {
        chatFilter.setItems(model.chatsSeen());
        chatFilter.getEditor().textProperty().bindBidirectional(model.chatFilterProperty());
        stateFilter.setItems(FXCollections.observableArrayList(Stream.concat(Stream.of(StateChoice.ALL),
                Arrays.stream(SendState.values()).map(StateChoice::new)).toList()));
        stateFilter.setValue(StateChoice.ALL);
        stateFilter.valueProperty().addListener((obs, old, now) ->
                model.stateFilterProperty().set(now == null ? null : now.state()));
        model.stateFilterProperty().addListener((obs, old, now) -> stateFilter.setValue(
                stateFilter.getItems().stream().filter(c -> c.state() == now).findFirst().orElse(StateChoice.ALL)));
        textFilter.textProperty().bindBidirectional(model.textFilterProperty());
    }

    private void wireActions() {
        copyPending.setOnAction(e -> copy(model.pendingIds(selection()), "pending ID"));
        copyFinal.setOnAction(e -> copy(model.finalIds(selection()), "final ID"));
        copyCurl.setOnAction(e -> copy(model.curl(selection()), "curl command"));
        load.setOnAction(e -> model.loadIntoComposer(focused()));
        check.setOnAction(e -> model.checkDelivery(focused()));
        retry.setOnAction(e -> retryFocused());
        export.setOnAction(e -> chooseExportFile());
        delete.setOnAction(e -> deleteSelected());
        exportButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        exportButton.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));

        menu.setOnShowing(e -> updateActions());
        table.setOnContextMenuRequested(e -> {
            updateActions();
            menu.show(table, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        // The menu is shown by hand, not set as the table's context menu: a control's context menu
        // puts its accelerators into the whole scene, where Delete or Ctrl+C in the composer would hit the table.
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void shortcut(KeyEvent event) {
        updateActions();
        for (MenuItem item : menu.getItems()) {
            if (item.getAccelerator() != null && item.getAccelerator().match(event)) {
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
        copyPending.setDisable(none);
        copyFinal.setDisable(selection.stream().allMatch(r -> r.finalMessageID() == null));
        copyCurl.setDisable(none);
        load.setDisable(focused == null);
        check.setDisable(focused == null || selection.size() != 1 || focused.state() != SendState.UNKNOWN);
        retry.setDisable(focused == null || selection.size() != 1 || !focused.canRetry());
        export.setDisable(none);
        delete.setDisable(none);
    }

    // actions

    private void copy(String text, String what) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        model.copied(what, selection().size());
    }

    private void retryFocused() {
        SendRecord row = focused();
        if (row == null || !row.canRetry()) {
            return;
        }
        if (row.state() == SendState.UNKNOWN && !confirm("Send again?",
                "No answer came back when this message was sent, so it may have been delivered. "
                        + "Sending it again can make a duplicate: use Check delivery (Ctrl+D) first.", "Send again")) {
            return;
        }
        model.retry(row);
    }

    private void deleteSelected() {
        List<SendRecord> selection = selection();
        if (selection.isEmpty()) {
            return;
        }
        String what = selection.size() == 1 ? "this row" : "these " + selection.size() + " rows";
        if (confirm("Delete from the history?", "Delete " + what + " from the history? This cannot be undone; "
                + "nothing is deleted in the chat.", "Delete")) {
            model.delete(selection);
        }
    }

    @FXML
    private void chooseExportFile() {
        if (selection().isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export history rows");
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

    private boolean confirm(String title, String text, String confirmLabel) {
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, ButtonType.CANCEL);
        alert.initOwner(table.getScene().getWindow());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    private List<SendRecord> selection() {
        return table.getSelectionModel().getSelectedItems().stream().map(HistoryRow::record).toList();
    }

    private SendRecord focused() {
        HistoryRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.record();
    }

    // details

    private void showDetails(SendRecord row) {
        detailsBox.setDisable(row == null);
        if (row == null) {
            detailsTitle.setText("Select a row to see its request and answers");
            timingsLabel.setText("");
            reasonLabel.setText("");
            requestArea.clear();
            responseArea.clear();
            finalArea.clear();
            return;
        }
        detailsTitle.setText("Row " + row.id() + " · " + row.state().label()
                + (row.retryOf() == null ? "" : " · retry of row " + row.retryOf()));
        timingsLabel.setText(SendTimings.describe(row));
        reasonLabel.setText(row.reason() == null ? "" : row.reason());
        requestArea.setText(JsonText.pretty(row.requestJson()));
        responseArea.setText(JsonText.pretty(row.responseJson()));
        finalArea.setText(JsonText.pretty(row.finalMessageJson()));
    }

    // columns

    /**
     * Every column's value is the row's record property itself: nothing is allocated per cell or
     * per comparison, which keeps sorting 100,000 rows quick, and a record change repaints its row.
     */
    private static void column(TableColumn<HistoryRow, SendRecord> column, Function<SendRecord, String> shown,
                               Comparator<SendRecord> order) {
        column.setCellValueFactory(cell -> cell.getValue().recordProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SendRecord record, boolean empty) {
                super.updateItem(record, empty);
                setText(empty || record == null ? null : shown.apply(record));
            }
        });
        column.setComparator(order);
    }

    private static Comparator<SendRecord> text(Function<SendRecord, String> key) {
        return Comparator.comparing(key, TEXT_ORDER);
    }

    private static String attachment(SendRecord r) {
        return r.attachmentName() != null ? r.attachmentName() : orEmpty(r.uploadID());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static MenuItem item(String text, Feather icon, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setAccelerator(accelerator);
        return item;
    }

    static Feather icon(SendState state) {
        return switch (state) {
            case SENDING -> Feather.LOADER;
            case PENDING -> Feather.CLOCK;
            case SENT -> Feather.CHECK_CIRCLE;
            case FAILED_RETRIABLE -> Feather.ALERT_TRIANGLE;
            case FAILED_PERMANENT -> Feather.X_CIRCLE;
            case REJECTED -> Feather.SLASH;
            case UNKNOWN -> Feather.HELP_CIRCLE;
        };
    }

    /** A state in the status filter; {@link #ALL} lets every state through. */
    record StateChoice(SendState state) {
        static final StateChoice ALL = new StateChoice(null);

        @Override
        public String toString() {
            return state == null ? "All states" : state.label();
        }
    }

    /** The state in words and colour, with its icon, so colour is never the only cue. */
    private static final class StatusCell extends TableCell<HistoryRow, SendRecord> {
        private final FontIcon icon = new FontIcon(Feather.CLOCK);
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(SendRecord record, boolean empty) {
            super.updateItem(record, empty);
            getStyleClass().removeIf(style -> style.startsWith("state-"));
            if (empty || record == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            SendState state = record.state();
            icon.setIconCode(icon(state));
            setGraphic(icon);
            setText(state.label() + (record.reason() == null ? "" : ": " + record.reason()));
            setAccessibleText("Status: " + getText());
            tooltip.setText(getText());
            setTooltip(record.reason() == null ? null : tooltip);
            getStyleClass().add("state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
