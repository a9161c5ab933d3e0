package com.beepercomposer.ui;

import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The history table: one row per send, status coloured, pending ID beside the final one. */
public final class HistoryView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final HistoryViewModel model;

    @FXML
    private TableView<HistoryRow> table;
    @FXML
    private TableColumn<HistoryRow, String> timeColumn;
    @FXML
    private TableColumn<HistoryRow, String> chatColumn;
    @FXML
    private TableColumn<HistoryRow, String> textColumn;
    @FXML
    private TableColumn<HistoryRow, String> replyColumn;
    @FXML
    private TableColumn<HistoryRow, String> pendingColumn;
    @FXML
    private TableColumn<HistoryRow, String> statusColumn;
    @FXML
    private TableColumn<HistoryRow, String> finalColumn;

    public HistoryView(HistoryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        bind(timeColumn, r -> TIME.format(r.createdAt()));
        bind(chatColumn, r -> r.chatTitle() != null ? r.chatTitle() : r.chatID());
        bind(textColumn, r -> r.text() == null ? "" : r.text().replace('\n', ' '));
        bind(replyColumn, r -> r.replyToMessageID() == null ? "" : r.replyToMessageID());
        bind(pendingColumn, r -> r.pendingMessageID() == null ? "" : r.pendingMessageID());
        bind(statusColumn, r -> r.state().label() + (r.reason() == null ? "" : ": " + r.reason()));
        bind(finalColumn, r -> r.finalMessageID() == null ? "" : r.finalMessageID());
        statusColumn.setCellFactory(column -> new StatusCell());
        table.setItems(model.rows());
    }

    private static void bind(TableColumn<HistoryRow, String> column, Function<SendRecord, String> value) {
        column.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> value.apply(cell.getValue().record()), cell.getValue().recordProperty()));
    }

    /** Colours the status by the row's state. */
    private static final class StatusCell extends javafx.scene.control.TableCell<HistoryRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(style -> style.startsWith("state-"));
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                return;
            }
            setText(item);
            SendState state = getTableRow().getItem().record().state();
            getStyleClass().add("state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
