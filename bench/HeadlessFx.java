import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/** Starts JavaFX without a display (Monocle, software rendering) for the benchmarks that need it. */
final class HeadlessFx {
    private HeadlessFx() {
    }

    static void start() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }
}
