package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.MatrixLine;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The matrix without a toolkit: rows in the group's order, live, and where thumbnails come from. */
class MatrixViewModelTest {
    private static final ConnectionRef HERE = ConnectionRef.desktop(URI.create("http://127.0.0.1:9"));
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemorySendLog log = new InMemorySendLog();

    private HistoryViewModel history() {
        return HistoryModels.offline(log, HERE, new AnsweringDialogs(true));
    }

    private SendRecord row(String group, int index, int size) {
        return log.add(SendRecord.sending(T0, "!c", "Chat", null, null, "a.png", "u1",
                "{\"attachment\":{\"uploadID\":\"u1\"}}").withConnection(HERE)
                .withGroup(new SendGroup(group, SendGroup.Kind.MATRIX, index, size, "v" + index)));
    }

    @Test
    void linesFollowTheGroupInItsOrderLiveAndStopWhenClosed() {
        row("g1", 1, 3);
        row("other", 0, 1);
        HistoryViewModel history = history();
        MatrixViewModel matrix = history.matrix("g1", null);
        assertThat(matrix.lines()).extracting(MatrixLine::index).containsExactly(1);

        SendRecord first = row("g1", 0, 3);
        log.update(first.pending("p0", "!c", T0));
        SendRecord third = row("g1", 2, 3);

        assertThat(matrix.lines()).extracting(MatrixLine::index).containsExactly(0, 1, 2);
        assertThat(matrix.lines().get(0).pendingMessageID()).isEqualTo("p0");
        assertThat(matrix.summaryProperty().get()).isEqualTo("3 variants: 0 sent, 3 on the way");
        assertThat(matrix.allSettledProperty().get()).isFalse();

        log.update(third.settled(SendState.REJECTED, null, "no", T0));
        log.update(first.pending("p0", "!c", T0).settled(SendState.SENT, "m0", null, T0));
        assertThat(matrix.summaryProperty().get()).isEqualTo("3 variants: 1 sent, 1 failed, 1 on the way");

        int following = log.subscribers();
        matrix.close();
        assertThat(log.subscribers()).isEqualTo(following - 1);
        assertThat(matrix.closedProperty().get()).isTrue();
        log.update(third.settled(SendState.UNKNOWN, null, "later", T0));
        assertThat(matrix.lines().get(2).state()).isEqualTo("REJECTED");
    }

    @Test
    void closingTheHistoryClosesItsMatrices() {
        HistoryViewModel history = history();
        MatrixViewModel matrix = history.matrix("g1", null);
        int following = log.subscribers();

        history.close();

        assertThat(matrix.closedProperty().get()).isTrue();
        assertThat(log.subscribers()).isEqualTo(following - 2);
    }

    @Test
    void aThumbnailComesFromTheServersImageAddressThenTheLocalImage() {
        MatrixViewModel withFile = history().matrix("g", new LocalFile(Path.of("/tmp/a.png"), "a.png", 3, "image/png"));
        MatrixViewModel bare = history().matrix("g", null);

        assertThat(withFile.thumbnails(line("file:///up/1", "image/webp"))).extracting(MatrixViewModel.Thumbnail::source)
                .containsExactly("the server's srcURL", "the local file");
        // Not an image by the server's word, or not an address the app can open: the local file only.
        assertThat(withFile.thumbnails(line("file:///up/1", "video/mp4"))).extracting(MatrixViewModel.Thumbnail::source)
                .containsExactly("the local file");
        assertThat(withFile.thumbnails(line("mxc://local/1", "image/png"))).extracting(MatrixViewModel.Thumbnail::url)
                .containsExactly(Path.of("/tmp/a.png").toUri().toString());
        assertThat(bare.thumbnails(line("mxc://local/1", "image/png"))).isEmpty();
        assertThat(bare.thumbnails(line("https://cdn/x.png", "image/png"))).extracting(MatrixViewModel.Thumbnail::url)
                .containsExactly("https://cdn/x.png");
        // A file: address naming another host is not a local file: Java would fetch it over the network.
        assertThat(bare.thumbnails(line("file://server/share/x.png", "image/png"))).isEmpty();
        assertThat(bare.thumbnails(line("file://localhost/up/x.png", "image/png"))).hasSize(1);
    }

    private static MatrixLine line(String srcURL, String mime) {
        return new MatrixLine(1, 0, "v", null, null, null, null, null, "SENT", "p", null, "m", "IMAGE", "img", mime,
                "a.png", "3", null, null, srcURL);
    }
}
