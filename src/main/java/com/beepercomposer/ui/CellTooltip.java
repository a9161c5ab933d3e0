package com.beepercomposer.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A table cell's tooltip: made when the pointer first reaches the cell, then only given the text of
 * whatever item the cell shows. Each tooltip is a popup window with its own scene, and a cell is
 * updated on every scroll and every row change: one per update was many windows for nothing.
 */
final class CellTooltip {
    private final Control cell;
    private Tooltip tooltip;
    private String text;

    CellTooltip(Control cell) {
        this.cell = cell;
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            if (tooltip == null && shows(text)) {
                tooltip = new Tooltip(text);
                cell.setTooltip(tooltip);
            }
        });
    }

    /** What the tooltip says for the cell's current item; null or empty shows none. */
    void setText(String text) {
        this.text = text;
        if (tooltip == null) {
            return;
        }
        if (shows(text)) {
            tooltip.setText(text);
            cell.setTooltip(tooltip);
        } else {
            cell.setTooltip(null);
        }
    }

    String text() {
        return text;
    }

    private static boolean shows(String text) {
        return text != null && !text.isEmpty();
    }
}
