package com.beepercomposer.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Builds what a window does not show at first once it has laid out its first frame, so start-up
 * waits only for what is on screen. Whoever defers must also build on demand, in case the work
 * is needed before it has run: {@link Deferred} does both.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** Runs the work on the FX thread after the next pulse of the node's scene (once it has one). */
    public static void run(Node node, Runnable work) {
        if (node.getScene() != null) {
            afterPulse(node.getScene(), work);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    afterPulse(now, work);
                }
            }
        });
    }

    private static void afterPulse(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        boolean[] pulsed = new boolean[1];
        listener[0] = () -> {
            if (pulsed[0]) {
                return;
            }
            pulsed[0] = true;
            // Still inside the pulse here (whose listeners must not change now): the frame first, the work after.
            UiExecutor.later(() -> {
                scene.removePostLayoutPulseListener(listener[0]);
                work.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Work done once: after the first frame, or earlier if someone needs it first. */
    static final class Deferred {
        private Runnable work;

        Deferred(Node anchor, Runnable work) {
            this.work = work;
            run(anchor, this::now);
        }

        /** Makes sure the work has run. */
        void now() {
            Runnable pending = work;
            work = null;
            if (pending != null) {
                pending.run();
            }
        }
    }
}
