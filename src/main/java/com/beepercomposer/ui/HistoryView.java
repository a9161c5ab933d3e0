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
import javafx.scene.control.SelectionMode;
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

    private HistoryLayout nodes;
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

    /** Builds the history's nodes and wires them to the view model. */
    public VBox root() {
        nodes = new HistoryLayout();
        nodes.exportButton.setOnAction(e -> chooseExportFile());
        initialize();
        return nodes.root;
    }

    private void initialize() {
        HistoryColumns.time(nodes.timeColumn);
        HistoryColumns.connection(nodes.viaColumn);
        HistoryColumns.chat(nodes.chatColumn);
        HistoryColumns.text(nodes.textColumn);
        HistoryColumns.attachment(nodes.attachmentColumn);
        HistoryColumns.id(nodes.replyColumn, SendRecord::replyToMessageID);
        HistoryColumns.id(nodes.pendingColumn, SendRecord::pendingMessageID);
        HistoryColumns.status(nodes.statusColumn);
        HistoryColumns.id(nodes.finalColumn, SendRecord::finalMessageID);
        HistoryGroupColumn.install(nodes.table, model);

        HistoryTableRows shown = new HistoryTableRows(model.visibleRows());
        nodes.table.setItems(shown);
        // The rows sort as a permutation of the shown list: the default policy would sort the list in place.
        nodes.table.setSortPolicy(sorting -> {
            shown.sortBy(sorting.getComparator());
            return true;
        });
        nodes.table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        model.selectedProperty().bind(nodes.table.getSelectionModel().selectedItemProperty());
        model.reselectWith(row -> nodes.table.getSelectionModel().select(row));
        nodes.countLabel.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("history.count",
                model.visibleRows().size(), model.rows().size()), model.visibleRows(), model.rows()));
        nodes.noticeLabel.textProperty().bind(Bindings.when(model.loadErrorProperty().isEmpty())
                .then(model.noticeProperty()).otherwise(model.loadErrorProperty()));

        wireFilters();
        jsonViews = new AfterFirstFrame.Deferred(nodes.table, this::buildJsonViews);
        if (settings != null) {
            settings.restoreAndFollow(nodes.historySplit, false);
        }
        actions = new HistoryActions(model.commands(), nodes.table, row -> MatrixView.show(
                nodes.table.getScene().getWindow(), model.matrix(row.group().id(), null)));
        nodes.exportButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        nodes.exportButton.disableProperty().bind(Bindings.isEmpty(nodes.table.getSelectionModel().getSelectedItems()));
        model.detailsProperty().addListener((obs, old, now) -> showDetails(now));
        showDetails(null);
    }

    private void wireFilters() {
        nodes.chatFilter.setItems(model.chatsSeen());
        nodes.chatFilter.getEditor().textProperty().bindBidirectional(model.chatFilterProperty());
        nodes.stateFilter.setItems(FXCollections.observableArrayList(Stream.concat(Stream.of(StateChoice.ALL),
                Arrays.stream(SendState.values()).map(StateChoice::new)).toList()));
        nodes.stateFilter.setValue(StateChoice.ALL);
        nodes.stateFilter.valueProperty().addListener((obs, old, now) ->
                model.stateFilterProperty().set(now == null ? null : now.state()));
        model.stateFilterProperty().addListener((obs, old, now) -> nodes.stateFilter.setValue(
                nodes.stateFilter.getItems().stream().filter(c -> c.state() == now).findFirst()
                        .orElse(StateChoice.ALL)));
        nodes.textFilter.textProperty().bindBidirectional(model.textFilterProperty());
        nodes.allConnections.selectedProperty().bindBidirectional(model.allConnectionsProperty());
        nodes.allConnections.setText(Texts.get("history.allConnections"));
        // Help, not a tooltip: the window's hover tooltips make it the first time the pointer comes.
        nodes.allConnections.setAccessibleHelp(Texts.get("history.allConnections.tooltip", model.current().describe()));
    }

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
        nodes.detailsBox.setDisable(row == null);
        if (row == null) {
            nodes.detailsTitle.setText(Texts.get("history.details.none"));
            nodes.connectionLabel.setText("");
            nodes.timingsLabel.setText("");
            nodes.reasonLabel.setText("");
            if (json != null) {
                json.show(null);
            }
            return;
        }
        jsonViews.now();
        if (json.node().getParent() == null) {
            nodes.detailsBox.getChildren().add(json.node());
        }
        nodes.detailsTitle.setText(Texts.get("history.details.title", String.valueOf(row.id()),
                row.state().text())
                + (row.retryOf() == null ? ""
                        : " · " + Texts.get("history.details.retryOf", String.valueOf(row.retryOf()))));
        nodes.connectionLabel.setText(row.connection().describe());
        nodes.timingsLabel.setText(SendTimings.describe(row));
        nodes.reasonLabel.setText(row.reason() == null ? "" : row.reason());
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
