package com.beepercomposer.ui;

import static com.beepercomposer.ui.ViewParts.described;
import static com.beepercomposer.ui.ViewParts.named;
import static com.beepercomposer.ui.ViewParts.row;
import static com.beepercomposer.ui.ViewParts.stretching;

import com.beepercomposer.i18n.Texts;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The composer's middle: the reply strip, the edit banner, and the editor beside its preview. */
final class ComposerEditorParts {
    final Label replyStripText = stretching(named(new Label(), "replyStripText", "reply-strip-text"));
    final Button clearReplyButton = described(named(new Button(), "clearReplyButton", "flat"),
            Texts.get("composer.clearReplyButton.accessibleText"), Texts.get("composer.clearReplyButton.tooltip"));
    final HBox replyStrip = named(row(8, replyStripText, clearReplyButton), "replyStrip", "reply-strip");

    final Label editBannerText = stretching(named(new Label(), "editBannerText", "edit-banner-text"));
    final Button cancelEditButton = described(named(new Button(Texts.get("composer.cancelEditButton")),
            "cancelEditButton"), Texts.get("composer.cancelEditButton.accessibleText"));
    final HBox editBanner = named(row(8, editBannerText, cancelEditButton), "editBanner", "edit-banner");

    final StackPane editorHolder = named(new StackPane(), "editorHolder", "editor-holder");
    final VBox preview = described(named(new VBox(10), "preview", "md-preview"),
            Texts.get("composer.preview.accessibleText"));
    final ScrollPane previewPane = named(new ScrollPane(preview), "previewPane", "preview-pane");
    final SplitPane editorSplit = named(new SplitPane(editorHolder, previewPane), "editorSplit", "editor-split");

    ComposerEditorParts() {
        editorHolder.setMinHeight(90);
        preview.setPadding(new Insets(8, 10, 8, 10));
        previewPane.setFitToWidth(true);
        VBox.setVgrow(editorSplit, Priority.ALWAYS);
        editorSplit.setMinHeight(90);
        editorSplit.setDividerPositions(0.55);
    }
}
