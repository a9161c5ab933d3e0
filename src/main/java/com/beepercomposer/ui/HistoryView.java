package com.beepercomposer.ui;

import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.history.SendTimings;
import com.beepercomposer.i18n.Texts;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The history: a filter bar, the table (one row per send, status coloured and iconed, pending
 * ID beside the final one, the connection it went through), and the selected row's details.
 * The rows' actions are {@link HistoryActions}; how a row shows is {@link HistoryColumns}.
 */
public final class HistoryView {
    private final HistoryViewModel model;
    private HistoryActions actions;

    @FXML
    private ComboBox<String> chatFilter;
    @FXML
    private ComboBox<StateChoice> stateFilter;
    @FXML
    private TextField textFilter;
    @FXML
    private CheckBox allConnections;
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
    private TableColumn<HistoryRow, SendRecord> viaColumn;
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
    private Label connectionLabel;
    @FXML
    private Label timingsLabel;
    @FXML
    private Label reasonLabel;
    @FXML
    private SplitPane historySplit;
    // The JSON tabs show nothing until a row is chosen: loaded after the first frame (or by the first
    // row chosen before it) and put into the details when a row is first chosen.
    private HistoryJsonView json;
    private AfterFirstFrame.Deferred jsonViews;
    private final UiSettings settings;

    public HistoryView(HistoryViewModel model) {
        this(model, null);
    }

    /** With settings, the table/details divider is put back where it was left and followed. */
    public HistoryView(HistoryViewModel model, UiSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        HistoryColumns.time(timeColumn);
        HistoryColumns.connection(viaColumn);
        HistoryColumns.chat(chatColumn);
        HistoryColumns.text(textColumn);
        HistoryColumns.attachment(attachmentColumn);
        HistoryColumns.id(replyColumn, SendRecord::replyToMessageID);
        HistoryColumns.id(pendingColumn, SendRecord::pendingMessageID);
        HistoryColumns.status(statusColumn);
        HistoryColumns.id(finalColumn, SendRecord::finalMessageID);
        HistoryGroupColumn.install(table, model);

        HistoryTableRows shown = new HistoryTableRows(model.visibleRows());
        table.setItems(shown);
        // The rows sort as a permutation of the shown list: the default policy would sort the list in place.
        table.setSortPolicy(sorting -> {
            shown.sortBy(sorting.getComparator());
            return true;
        });
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        model.reselectWith(row -> table.getSelectionModel().select(row));
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("history.count",
                model.visibleRows().size(), model.rows().size()), model.visibleRows(), model.rows()));
        noticeLabel.textProperty().bind(Bindings.when(model.loadErrorProperty().isEmpty())
                .then(model.noticeProperty()).otherwise(model.loadErrorProperty()));

        wireFilters();
        jsonViews = new AfterFirstFrame.Deferred(table, this::buildJsonViews);
        if (settings != null) {
            settings.restoreAndFollow(historySplit, false);
        }
        actions = new HistoryActions(model.commands(), table, row -> MatrixView.show(table.getScene().getWindow(),
                model.matrix(row.group().id(), null)));
        exportButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        exportButton.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
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
        allConnections.selectedProperty().bindBidirectional(model.allConnectionsProperty());
        allConnections.setText(Texts.get("history.allConnections"));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(Texts.get("history.allConnections.tooltip",
                model.current().describe()));
        allConnections.setTooltip(tip);
    }

    @FXML
    private void chooseExportFile() {
        actions.chooseExportFile();
    }

    /** The export without the file chooser; the format follows the file's extension. */
    CompletableFuture<Path> exportSelectedTo(Path file) {
        return actions.exportSelectedTo(file);
    }

    /** Whether the rows' context menu exists yet: it is made on the first right-click. */
    boolean contextMenuBuilt() {
        return actions.menuBuilt();
    }

    private void buildJsonViews() {
        json = HistoryJsonView.load();
    }

    private void showDetails(SendRecord row) {
        detailsBox.setDisable(row == null);
        if (row == null) {
            detailsTitle.setText(Texts.get("history.details.none"));
            connectionLabel.setText("");
            timingsLabel.setText("");
            reasonLabel.setText("");
            if (json != null) {
                json.show(null);
            }
            return;
        }
        jsonViews.now();
        if (json.node().getParent() == null) {
            detailsBox.getChildren().add(json.node());
        }
        detailsTitle.setText(Texts.get("history.details.title", String.valueOf(row.id()),
                row.state().text())
                + (row.retryOf() == null ? ""
                        : " · " + Texts.get("history.details.retryOf", String.valueOf(row.retryOf()))));
        connectionLabel.setText(row.connection().describe());
        timingsLabel.setText(SendTimings.describe(row));
        reasonLabel.setText(row.reason() == null ? "" : row.reason());
        json.show(row);
    }

    /** A state in the status filter; {@link #ALL} lets every state through. */
    record StateChoice(SendState state) {
        static final StateChoice ALL = new StateChoice(null);

        @Override
        public String toString() {
            return state == null ? Texts.get("history.allStates") : state.text();
        }
    }
}
