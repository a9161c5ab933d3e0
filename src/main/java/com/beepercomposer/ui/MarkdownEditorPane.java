package com.beepercomposer.ui;

import com.beepercomposer.compose.AttachmentAppearance;
import com.beepercomposer.compose.FormattingRules;
import com.beepercomposer.compose.ListContinuation;
import com.beepercomposer.compose.Markdown;
import com.beepercomposer.compose.MarkdownHighlighter;
import com.beepercomposer.i18n.Texts;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Markdown editor with syntax colouring and its live preview beside it. The text goes to
 * the composer on every change; the preview follows shortly after typing pauses.
 */
final class MarkdownEditorPane {
    private static final Duration PREVIEW_DELAY = Duration.millis(120);

    private final ComposerViewModel model;
    private final SplitPane split;
    private final ScrollPane previewPane;
    private final ToggleButton previewToggle;
    private final CodeArea editor = new CodeArea();
    private final PauseTransition previewDelay = new PauseTransition(PREVIEW_DELAY);
    private final Latest previewWork = new Latest(UiExecutor.fx());
    private final PreviewBlocks previewBlocks;
    // The preview, top to bottom: the attachment as it will arrive, the text, what the chat shows as typed.
    private final StackPane attachmentHolder = new StackPane();
    private final Label formattingHint = new Label();

    MarkdownEditorPane(ComposerViewModel model, UiSettings settings, SplitPane split, StackPane holder,
                       ScrollPane previewPane, VBox preview, ToggleButton previewToggle) {
        this.model = model;
        this.split = split;
        this.previewPane = previewPane;
        this.previewToggle = previewToggle;
        VBox text = new VBox();
        text.spacingProperty().bind(preview.spacingProperty());
        attachmentHolder.setAlignment(Pos.TOP_LEFT);
        attachmentHolder.getStyleClass().add("preview-attachment-holder");
        formattingHint.getStyleClass().add("formatting-hint");
        formattingHint.setWrapText(true);
        NodeStates.showOnlyWhenSet(formattingHint);
        attachmentHolder.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(
                attachmentHolder.getChildren()));
        attachmentHolder.managedProperty().bind(attachmentHolder.visibleProperty());
        preview.getChildren().setAll(attachmentHolder, text, formattingHint);
        this.previewBlocks = new PreviewBlocks(text, previewHint());
        setUpEditor(holder);
        followAttachment();
        previewToggle.setSelected(settings.preferencesProperty().get().previewShown());
        showPreview(previewToggle.isSelected());
        previewToggle.selectedProperty().addListener((obs, old, shown) -> {
            showPreview(shown);
            settings.setPreviewShown(shown);
        });
        previewToggle.setGraphic(new FontIcon(Feather.EYE));
    }

    void requestFocus() {
        editor.requestFocus();
    }

    private void setUpEditor(StackPane holder) {
        editor.setWrapText(true);
        editor.getStyleClass().add("markdown-editor");
        editor.setAccessibleText(Texts.get("editor.accessibleText"));
        editor.setId("editor");
        Label placeholder = new Label(Texts.get("editor.placeholder"));
        placeholder.getStyleClass().add("editor-placeholder");
        editor.setPlaceholder(placeholder, Pos.TOP_LEFT);
        holder.getChildren().add(new VirtualizedScrollPane<>(editor));
        editor.textProperty().addListener((obs, old, text) -> {
            model.setText(text);
            highlight(text);
            previewDelay.playFromStart();
        });
        previewDelay.setOnFinished(event -> renderPreview(editor.getText()));
        // A restored draft is in the model before this view exists (a rebuilt window, a start with a
        // saved draft): shown now, not when its chat's lookup happens to change the draft again.
        editor.replaceText(model.draftProperty().get().text());
        editor.getUndoManager().forgetHistory();
        model.draftProperty().addListener((obs, old, draft) -> {
            if (!draft.text().equals(editor.getText())) {
                editor.replaceText(draft.text());
            }
            if (old.chat() != draft.chat()) {
                renderPreview(editor.getText());
            }
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && model.draftProperty().get().replyTo() != null) {
                event.consume();
                model.clearReply();
            } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()) {
                // Shift+Enter too: RichTextFX inserts nothing for it, people expect a line break.
                event.consume();
                enter();
            }
        });
    }

    /** A line break, continuing or ending a Markdown list as {@link ListContinuation} says. */
    private void enter() {
        if (editor.getSelection().getLength() > 0) {
            editor.replaceSelection("\n");
            return;
        }
        ListContinuation.Edit edit = ListContinuation.enter(editor.getText(), editor.getCaretPosition());
        editor.replaceText(edit.start(), edit.end(), edit.text());
        editor.moveTo(edit.caret());
        editor.requestFollowCaret();
    }

    private void showPreview(boolean shown) {
        if (shown && !split.getItems().contains(previewPane)) {
            split.getItems().add(previewPane);
            split.setDividerPositions(0.55);
            renderPreview(editor.getText());
        } else if (!shown) {
            split.getItems().remove(previewPane);
        }
    }

    private void highlight(String text) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (MarkdownHighlighter.Span span : MarkdownHighlighter.spans(text)) {
            builder.add(Collections.emptyList(), span.start() - at);
            builder.add(Collections.singleton(span.styleClass()), span.end() - span.start());
            at = span.end();
        }
        builder.add(Collections.emptyList(), text.length() - at);
        editor.setStyleSpans(0, builder.create());
    }

    /** Parses and lays out off the FX thread; only swapping the nodes happens on it. */
    private void renderPreview(String text) {
        if (!previewToggle.isSelected()) {
            return;
        }
        FormattingRules rules = FormattingRules.of(model.draftProperty().get().chat());
        CompletableFuture<Rendered> work = CompletableFuture.supplyAsync(() -> {
            org.commonmark.node.Node document = Markdown.parse(text);
            return new Rendered(MarkdownTextFlow.blocks(document, rules), rules.hintFor(document));
        });
        previewWork.run(work, rendered -> {
            previewBlocks.show(rendered.blocks());
            formattingHint.setText(rendered.hint());
        }, failure -> { });
    }

    private record Rendered(List<List<MarkdownTextFlow.Run>> blocks, String hint) {
    }

    /** The attachment as the recipient will see it, following the file, the upload and the overrides. */
    private void followAttachment() {
        AttachmentViewModel attachment = model.attachment();
        Runnable update = () -> {
            if (attachment.fileProperty().get() == null) {
                attachmentHolder.getChildren().clear();
                return;
            }
            attachmentHolder.getChildren().setAll(PreviewAttachment.of(AttachmentAppearance.of(
                    attachment.fileProperty().get(), attachment.uploadedProperty().get(),
                    attachment.attachmentProperty().get())));
        };
        attachment.fileProperty().addListener((obs, old, now) -> update.run());
        attachment.uploadedProperty().addListener((obs, old, now) -> update.run());
        attachment.attachmentProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }

    private static Label previewHint() {
        Label hint = new Label(Texts.get("editor.previewHint"));
        hint.getStyleClass().add("preview-hint");
        return hint;
    }
}
