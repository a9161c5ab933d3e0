package com.beepercomposer.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * The history filters' combo box skin, whose popup list joins a scene only when the popup first
 * shows. The standard skin keeps the list among the combo's children until then so that it is
 * styled and skinned in advance, to measure the combo's preferred width from its cells; the
 * filters have a fixed width, so that only made the window's first frame build and style two
 * hidden lists. The first show moves the list into the popup's scene either way (a node has one
 * parent), which is where it stays afterwards.
 */
final class HistoryFilterSkin<T> extends ComboBoxListViewSkin<T> {
    HistoryFilterSkin(ComboBox<T> combo) {
        super(combo);
        getChildren().remove(getPopupContent());
    }

    static <T> void install(ComboBox<T> combo) {
        combo.setSkin(new HistoryFilterSkin<>(combo));
    }
}
