package com.beepercomposer.ui;

import java.util.concurrent.CompletableFuture;

/**
 * Questions put to the person. View models ask through this, so their tests answer without a
 * window; {@link FxDialogs} asks with a real dialog.
 */
public interface Dialogs {

    /** Completes on the UI thread with true when the person confirms, false when they decline or close it. */
    CompletableFuture<Boolean> confirm(Confirmation question);

    /** One yes/no question; {@code confirmLabel} names what the confirming button does ("Replace"). */
    record Confirmation(String title, String header, String text, String confirmLabel) {
    }
}
