package com.beepercomposer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Dialogs for view-model tests: answers every question with a set answer and remembers what was asked. */
final class AnsweringDialogs implements Dialogs {
    final List<Confirmation> asked = new ArrayList<>();
    boolean answer;

    AnsweringDialogs(boolean answer) {
        this.answer = answer;
    }

    @Override
    public CompletableFuture<Boolean> confirm(Confirmation question) {
        asked.add(question);
        return CompletableFuture.completedFuture(answer);
    }
}
