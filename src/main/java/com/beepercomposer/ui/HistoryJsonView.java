package com.beepercomposer.ui;

import com.beepercomposer.history.EditsText;
import com.beepercomposer.history.JsonText;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.i18n.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The history details' JSON tabs (request, response, final message), each a {@link JsonView}.
 * Loaded apart from the history view: until a row is chosen the details show only their
 * placeholder, so the window's first frame neither builds nor styles the tabs.
 */
final class HistoryJsonView {
    @FXML
    private TabPane jsonTabs;
    @FXML
    private StackPane requestHolder;
    @FXML
    private StackPane responseHolder;
    @FXML
    private StackPane finalHolder;
    private JsonView requestArea;
    private JsonView responseArea;
    private JsonView finalArea;

    static HistoryJsonView load() {
        HistoryJsonView view = new HistoryJsonView();
        new Views().register(HistoryJsonView.class, () -> view).load("HistoryJson.fxml");
        return view;
    }

    @FXML
    private void initialize() {
        requestArea = new JsonView("requestArea", Texts.get("history.json.request"));
        responseArea = new JsonView("responseArea", Texts.get("history.json.response"));
        finalArea = new JsonView("finalArea", Texts.get("history.json.final"));
        requestHolder.getChildren().add(requestArea.node());
        responseHolder.getChildren().add(responseArea.node());
        finalHolder.getChildren().add(finalArea.node());
    }

    TabPane node() {
        return jsonTabs;
    }

    /** The row's JSON, or empty tabs for none. */
    void show(SendRecord row) {
        if (row == null) {
            requestArea.setText("");
            responseArea.setText("");
            finalArea.setText("");
            return;
        }
        requestArea.setText(JsonText.pretty(row.requestJson()));
        responseArea.setText(JsonText.pretty(row.responseJson()));
        finalArea.setText(JsonText.pretty(row.finalMessageJson()) + EditsText.of(row));
    }
}
