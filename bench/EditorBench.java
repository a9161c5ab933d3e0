import com.beepercomposer.compose.Markdown;
import com.beepercomposer.compose.MarkdownHighlighter;
import com.beepercomposer.ui.MarkdownTextFlow;

/**
 * What one keystroke costs in a 20,000-character draft: the highlighting pass (on the FX
 * thread) and the preview's parse and layout runs (off it), against a 60 Hz frame (16.7 ms).
 */
public class EditorBench {
    static final double FRAME_MS = 1000.0 / 60;

    public static void main(String[] args) {
        String paragraph = "Some **bold**, _italic_, ~~struck~~ and `code` with a [link](https://example.com).\n"
                + "> a quoted line\n- a list item\n\n";
        String draft = paragraph.repeat(20_000 / paragraph.length() + 1).substring(0, 20_000);
        for (int i = 0; i < 200; i++) {
            MarkdownHighlighter.spans(draft);
            MarkdownTextFlow.runs(Markdown.parse(draft));
        }
        int rounds = 200;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            MarkdownHighlighter.spans(draft + i);
        }
        double highlight = (System.nanoTime() - start) / 1e6 / rounds;
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            MarkdownTextFlow.runs(Markdown.parse(draft + i));
        }
        double preview = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf("%none keystroke in a %,d-character draft, mean of %d%n", draft.length(), rounds);
        System.out.printf("  highlighting (FX thread)      %6.2f ms = %.2f of a 60 Hz frame%n", highlight, highlight / FRAME_MS);
        System.out.printf("  preview parse + runs (worker) %6.2f ms = %.2f of a 60 Hz frame%n", preview, preview / FRAME_MS);
    }
}
