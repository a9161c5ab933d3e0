package com.beepercomposer.ui;

import com.beepercomposer.history.SendRecord;
import com.beepercomposer.i18n.Texts;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/**
 * The history's group column: a group's head shows the fold and how its rows stand ("▸ 3 files ·
 * 2 sent, 1 failed"), its other rows their place ("└ 2 of 3"). A click on the head, or Right and
 * Left on a selected row of a group, unfolds and folds it.
 */
final class HistoryGroupColumn {
    private HistoryGroupColumn() {
    }

    static TableColumn<HistoryRow, SendRecord> install(TableView<HistoryRow> table, HistoryViewModel model) {
        TableColumn<HistoryRow, SendRecord> column = new TableColumn<>(Texts.get("group.column"));
        column.setId("groupColumn");
        column.setSortable(false);
        // Bounded, so the message text keeps the table's slack.
        column.setMinWidth(70);
        column.setPrefWidth(190);
        column.setMaxWidth(240);
        column.setCellValueFactory(cell -> cell.getValue().recordProperty());
        column.setCellFactory(c -> new GroupCell(model));
        // Only where there are groups: an empty first column would push every other one right.
        column.visibleProperty().bind(model.groups().anyProperty());
        table.getColumns().add(0, column);
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
                return;
            }
            HistoryRow row = table.getSelectionModel().getSelectedItem();
            HistoryGroups.Group group = model.groups().of(row);
            if (group == null || event.getCode() != KeyCode.RIGHT && event.getCode() != KeyCode.LEFT) {
                return;
            }
            event.consume();
            boolean open = event.getCode() == KeyCode.RIGHT;
            model.expandGroup(row, open);
            if (!open && row != group.head()) {
                // The row folds away: its group's line takes the selection.
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(group.head()));
            }
        });
        return column;
    }

    /** A group's head says how to unfold it; the tooltip is made on first hover, then only follows the row. */
    private static final class GroupCell extends TableCell<HistoryRow, SendRecord> {
        private final HistoryViewModel model;
        private final CellTooltip tooltip = new CellTooltip(this);

        GroupCell(HistoryViewModel model) {
            this.model = model;
            setOnMouseClicked(event -> {
                HistoryRow row = getTableRow() == null ? null : getTableRow().getItem();
                HistoryGroups.Group group = model.groups().of(row);
                if (event.getButton() == MouseButton.PRIMARY && group != null && group.head() == row) {
                    model.toggleGroup(row);
                }
            });
        }

        @Override
        protected void updateItem(SendRecord record, boolean empty) {
            super.updateItem(record, empty);
            textProperty().unbind();
            getStyleClass().removeAll("group-head", "group-member");
            HistoryRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            HistoryGroups.Group group = row == null ? null : model.groups().of(row);
            if (group == null || record == null || record.group() == null) {
                setText(null);
                tooltip.setText(null);
                return;
            }
            String member = Texts.get("group.member", record.group().index() + 1, record.group().size());
            // Follows the group: a newer row joining, or the head deleted, moves its line to another row.
            textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                boolean head = group.head() == row;
                getStyleClass().removeAll("group-head", "group-member");
                getStyleClass().add(head ? "group-head" : "group-member");
                tooltip.setText(head ? Texts.get("group.hint") : null);
                return head ? group.labelProperty().get() : member;
            }, group.headProperty(), group.labelProperty()));
        }
    }
}
