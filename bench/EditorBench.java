import com.beepercomposer.compose.Markdown;
import com.beepercomposer.compose.MarkdownHighlighter;
import com.beepercomposer.ui.MarkdownTextFlow;
import com.beepercomposer.ui.PreviewBlocks;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

/**
 * What typing costs in a 20,000-character draft. Per keystroke: the highlighting pass (FX
 * thread) and the preview's parse (worker), against a 60 Hz frame (16.7 ms). Per preview
 * refresh after an edit in the middle: patching the changed block, against rebuilding the whole
 * preview as one TextFlow, both on the FX thread with CSS, layout and one rendered frame.
 * Runs headless on Monocle.
 */
public class EditorBench {
    static final double FRAME_MS = 1000.0 / 60;
    static final int ROUNDS = 200;
    static final int REFRESHES = 30;

    public static void main(String[] args) throws Exception {
        String paragraph = "Some **bold**, _italic_, ~~struck~~ and `code` with a [link](https://example.com).\n"
                + "> a quoted line\n- a list item\n\n";
        String draft = paragraph.repeat(20_000 / paragraph.length() + 1).substring(0, 20_000);
        for (int i = 0; i < ROUNDS; i++) {
            MarkdownHighlighter.spans(draft);
            MarkdownTextFlow.blocks(Markdown.parse(draft));
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            MarkdownHighlighter.spans(draft + i);
        }
        double highlight = (System.nanoTime() - start) / 1e6 / ROUNDS;
        start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            MarkdownTextFlow.blocks(Markdown.parse(draft + i));
        }
        double parse = (System.nanoTime() - start) / 1e6 / ROUNDS;

        HeadlessFx.start();
        double[] refresh = new double[2];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            VBox box = new VBox(10);
            PreviewBlocks blocks = new PreviewBlocks(box, new Label("empty"));
            refresh[0] = refreshes(box, text -> blocks.show(MarkdownTextFlow.blocks(Markdown.parse(text))), draft);
            VBox whole = new VBox();
            refresh[1] = refreshes(whole, text -> whole.getChildren().setAll(new TextFlow(
                    MarkdownTextFlow.nodes(MarkdownTextFlow.runs(Markdown.parse(text))).toArray(javafx.scene.Node[]::new))),
                    draft);
            done.countDown();
        });
        done.await();
        Platform.exit();

        System.out.printf("%ntyping in a %,d-character draft%n", draft.length());
        System.out.printf("  per keystroke: highlighting (FX thread)   %6.2f ms = %.2f of a 60 Hz frame%n",
                highlight, highlight / FRAME_MS);
        System.out.printf("  per keystroke: preview parse (worker)     %6.2f ms = %.2f of a 60 Hz frame%n",
                parse, parse / FRAME_MS);
        System.out.printf("  per refresh: changed block patched        %6.1f ms%n", refresh[0]);
        System.out.printf("  per refresh: whole preview rebuilt        %6.1f ms%n", refresh[1]);
        System.out.printf("  ratio patched/rebuilt: %.2f%n", refresh[0] / refresh[1]);
    }

    static double refreshes(VBox box, java.util.function.Consumer<String> render, String draft) {
        ScrollPane pane = new ScrollPane(box);
        pane.setFitToWidth(true);
        Stage stage = new Stage();
        stage.setScene(new Scene(pane, 500, 400));
        stage.show();
        render.accept(draft);
        long total = 0;
        for (int i = 0; i < REFRESHES; i++) {
            String edited = draft.substring(0, 10_000) + "typed " + i + " " + draft.substring(10_000);
            long start = System.nanoTime();
            render.accept(edited);
            pane.applyCss();
            pane.layout();
            pane.snapshot(null, null);
            total += System.nanoTime() - start;
        }
        stage.close();
        return total / 1e6 / REFRESHES;
    }
}
