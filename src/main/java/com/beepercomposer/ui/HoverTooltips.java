package com.beepercomposer.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first reaches their control. Each tooltip is a popup window with
 * its own scene: the window's dozen of them were about a tenth of its start. The views give the
 * text as the control's {@code accessibleHelp}, which screen readers read as JavaFX reads a
 * tooltip's, so nothing is lost to them before a tooltip exists.
 */
public final class HoverTooltips {
    private HoverTooltips() {
    }

    /**
     * Every button and drop-down under the root with help text and no tooltip gets its tooltip on
     * first hover. Other controls keep their help for screen readers only: the history table's
     * ("right-click or use the shortcuts") would pop up over every row.
     */
    public static void install(Node node) {
        if ((node instanceof ButtonBase || node instanceof ComboBoxBase) && node instanceof Control control
                && control.getTooltip() == null && hasHelp(control)) {
            onFirstHover(control, () -> {
                Tooltip tooltip = new Tooltip();
                tooltip.textProperty().bind(control.accessibleHelpProperty());
                return tooltip;
            });
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(HoverTooltips::install);
        }
    }

    /** The control gets the tooltip when the pointer first enters it, unless it has one by then. */
    static void onFirstHover(Control control, Supplier<Tooltip> tooltip) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(tooltip.get());
                }
            }
        });
    }

    private static boolean hasHelp(Control control) {
        String help = control.getAccessibleHelp();
        return help != null && !help.isEmpty();
    }
}
