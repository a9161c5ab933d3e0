package com.beepercomposer.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;

/**
 * The matrix's pictures, loaded once per address: a row that changes state keeps its picture. A
 * local {@code file:} picture is read by JavaFX in the background; a web address is fetched through
 * the API client (which alone speaks HTTP, and gives the token only to its own server), decoded on
 * a worker, and handed to the FX thread.
 */
final class ThumbnailPictures {
    /** Decoded at twice the size shown, for screens that scale. */
    static final double SIZE = 2 * MatrixView.THUMB;

    private final Function<String, CompletableFuture<byte[]>> fetch;
    private final Executor decoding;
    private final UiExecutor ui;
    private final Map<String, Picture> pictures = new HashMap<>();

    /** @param fetch the bytes at an {@code http(s)} address; completes on any thread */
    ThumbnailPictures(Function<String, CompletableFuture<byte[]>> fetch, Executor decoding, UiExecutor ui) {
        this.fetch = fetch;
        this.decoding = decoding;
        this.ui = ui;
    }

    /** The picture at {@code url}, loading or loaded; called on the FX thread. */
    Picture of(String url) {
        return pictures.computeIfAbsent(url, this::load);
    }

    private Picture load(String url) {
        Picture picture = new Picture();
        if (url.startsWith("file:")) {
            picture.follow(new Image(url, SIZE, SIZE, true, true, true));
            return picture;
        }
        CompletableFuture<Image> decoded = fetch.apply(url).thenApplyAsync(bytes ->
                new Image(new ByteArrayInputStream(bytes), SIZE, SIZE, true, true), decoding);
        ui.deliver(decoded, picture::settle, failure -> picture.status.set(Status.FAILED));
        return picture;
    }

    enum Status { LOADING, READY, FAILED }

    /** One address's picture: READY with its image, or FAILED (a WebP, a video, a refused fetch). */
    static final class Picture {
        private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.LOADING);
        private Image image;

        Image image() {
            return image;
        }

        Status status() {
            return status.get();
        }

        ReadOnlyObjectProperty<Status> statusProperty() {
            return status.getReadOnlyProperty();
        }

        private void follow(Image loading) {
            if (loading.isError() || loading.getProgress() >= 1) {
                settle(loading);
                return;
            }
            javafx.beans.InvalidationListener done = new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable obs) {
                    if (loading.isError() || loading.getProgress() >= 1) {
                        loading.errorProperty().removeListener(this);
                        loading.progressProperty().removeListener(this);
                        settle(loading);
                    }
                }
            };
            loading.errorProperty().addListener(done);
            loading.progressProperty().addListener(done);
        }

        private void settle(Image loaded) {
            if (loaded.isError()) {
                status.set(Status.FAILED);
            } else {
                image = loaded;
                status.set(Status.READY);
            }
        }
    }
}
