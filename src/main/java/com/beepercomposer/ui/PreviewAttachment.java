package com.beepercomposer.ui;

import com.beepercomposer.compose.AttachmentAppearance;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.media.AttachmentKinds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The attachment in the preview, as the recipient will see it: a picture at its display size
 * (the image loads in the background), a video frame of its size, or a chip with name and size.
 */
final class PreviewAttachment {
    private PreviewAttachment() {
    }

    static Node of(AttachmentAppearance look) {
        Node shown = look.isPicture() ? picture(look)
                : look.kind().equals(AttachmentKinds.VIDEO) ? video(look) : chip(look);
        shown.getStyleClass().add("preview-attachment");
        shown.getProperties().put(AttachmentAppearance.class, look);
        return shown;
    }

    private static Node picture(AttachmentAppearance look) {
        ImageView view = new ImageView(new Image(look.image().toUri().toString(), look.width(), look.height(), true,
                true, true));
        view.setFitWidth(look.width());
        view.setFitHeight(look.height());
        view.setPreserveRatio(true);
        view.getStyleClass().add("preview-" + look.kind());
        VBox box = new VBox(4, view, detail(look.detail()));
        box.setMaxWidth(Math.max(look.width(), 1));
        return box;
    }

    private static Node video(AttachmentAppearance look) {
        StackPane frame = new StackPane(icon(Feather.PLAY_CIRCLE, 32));
        frame.getStyleClass().add("preview-video");
        frame.setMinSize(look.width(), look.height());
        frame.setPrefSize(look.width(), look.height());
        frame.setMaxSize(look.width(), look.height());
        return new VBox(4, frame, detail(look.title() == null ? look.detail() : look.title() + " \u00b7 "
                + look.detail()));
    }

    private static Node chip(AttachmentAppearance look) {
        Label title = new Label(look.title() == null ? Texts.get("preview.attachment") : look.title());
        title.getStyleClass().add("chip-title");
        VBox text = new VBox(2, title, detail(look.detail()));
        Feather glyph = switch (look.kind()) {
            case AttachmentKinds.VOICE_NOTE -> Feather.MIC;
            case AttachmentKinds.AUDIO -> Feather.MUSIC;
            default -> Feather.FILE;
        };
        HBox chip = new HBox(10, icon(glyph, 20), text);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().addAll("attachment-chip", "preview-" + look.kind());
        chip.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return chip;
    }

    private static Label detail(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("chip-detail");
        return label;
    }

    private static FontIcon icon(Feather glyph, int size) {
        FontIcon icon = new FontIcon(glyph);
        icon.setIconSize(size);
        return icon;
    }
}
