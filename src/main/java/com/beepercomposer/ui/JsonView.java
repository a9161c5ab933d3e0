package com.beepercomposer.ui;

import com.beepercomposer.i18n.Texts;
import java.util.Collection;
import java.util.Collections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One of the details pane's JSON tabs: read-only, coloured by {@link JsonHighlighter}, long
 * lines scroll sideways instead of wrapping mid-value, and a Copy button for the whole text.
 */
final class JsonView {
    private final CodeArea area = new CodeArea();
    private final Button copy = new Button(Texts.get("error.copy"));
    private final VBox root;

    JsonView(String id, String what) {
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("json-view");
        area.setAccessibleText(what);
        copy.setId(id + "Copy");
        copy.setGraphic(new FontIcon(Feather.COPY));
        copy.getStyleClass().addAll("flat", "small");
        copy.setAccessibleText(Texts.get("json.copy", what));
        copy.setTooltip(new Tooltip(Texts.get("json.copy", what)));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(area.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        copy.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> area.getLength() == 0,
                area.lengthProperty()));
        HBox bar = new HBox(copy);
        bar.setAlignment(Pos.CENTER_RIGHT);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(2, bar, scroll);
        root.setMinHeight(40);
    }

    VBox node() {
        return root;
    }

    void setText(String json) {
        String text = json == null ? "" : json;
        area.replaceText(text);
        if (text.isEmpty()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (JsonHighlighter.Span span : JsonHighlighter.spans(text)) {
            builder.add(Collections.emptyList(), span.start() - at);
            builder.add(Collections.singleton(span.styleClass()), span.end() - span.start());
            at = span.end();
        }
        builder.add(Collections.emptyList(), text.length() - at);
        area.setStyleSpans(0, builder.create());
        area.moveTo(0);
        area.scrollYToPixel(0);
    }

    String getText() {
        return area.getText();
    }
}
