package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.compose.PastedFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A voice note or video sent from the window carries the length (and size) read from the file,
 * even when the server's upload answer says nothing of it; what the person types still wins.
 */
class AttachmentMediaDefaultsTest {
    @TempDir
    Path dir;

    private MockWebServer server;
    private AttachmentViewModel model;
    private PastedFiles pasted;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                AccessToken.of("t")));
        pasted = new PastedFiles(Files.createDirectory(dir.resolve("pasted")), Runnable::run);
        model = new AttachmentViewModel(client, UiExecutor.direct(), Runnable::run, new AnsweringDialogs(true),
                pasted);
    }

    @AfterEach
    void tearDown() {
        model.remove();
        pasted.close();
        server.close();
    }

    @Test
    void aVoiceNoteCarriesItsOwnLength() throws Exception {
        OutgoingAttachment sent = upload("voice.ogg", "audio/ogg");
        assertThat(sent.duration()).isBetween(2.95, 3.05);
        assertThat(sent.size()).isNull();

        model.overrides().typeProperty().set(AttachmentType.VOICE_NOTE);
        model.overrides().durationProperty().set("4");
        assertThat(model.attachmentProperty().get().duration()).isEqualTo(4.0);
        assertThat(model.attachmentProperty().get().type()).isEqualTo(AttachmentType.VOICE_NOTE);
    }

    @Test
    void aVideoCarriesItsLengthAndSize() throws Exception {
        OutgoingAttachment sent = upload("clip.mp4", "video/mp4");
        assertThat(sent.duration()).isBetween(1.95, 2.05);
        assertThat(sent.size().width()).isEqualTo(64);
        assertThat(sent.size().height()).isEqualTo(48);
    }

    private OutgoingAttachment upload(String name, String mime) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = AttachmentMediaDefaultsTest.class.getResourceAsStream("/media/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        // The answer leaves out duration and size, as a server that does not read the container would.
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"uploadID\":\"up-1\",\"fileName\":\"" + name + "\",\"mimeType\":\"" + mime + "\"}").build());
        model.pick(file);
        waitFor(10, TimeUnit.SECONDS, () -> model.attachmentProperty().get() != null);
        return model.attachmentProperty().get();
    }
}
