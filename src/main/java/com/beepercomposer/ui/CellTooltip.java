package com.beepercomposer.ui;

import java.util.function.Consumer;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A table cell's tooltip: made when the pointer first reaches the cell, then only given the text of
 * whatever item the cell shows. Each tooltip is a popup window with its own scene, and a cell is
 * updated on every scroll and every row change: one per update was many windows for nothing.
 */
final class CellTooltip {
    /** Long texts (a message, an error's reason) wrap instead of running off the screen. */
    static final Consumer<Tooltip> WRAPPED = tooltip -> {
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(600);
    };

    private final Control cell;
    private final Consumer<Tooltip> setup;
    private Tooltip tooltip;
    private String text;

    CellTooltip(Control cell) {
        this(cell, tooltip -> { });
    }

    /** @param setup shapes the tooltip once, when it is made */
    CellTooltip(Control cell, Consumer<Tooltip> setup) {
        this.cell = cell;
        this.setup = setup;
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            if (tooltip == null && shows(text)) {
                tooltip = new Tooltip(text);
                setup.accept(tooltip);
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

    private static boolean shows(String text) {
        return text != null && !text.isEmpty();
    }
}
