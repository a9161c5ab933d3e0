package com.beepercomposer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.RecordingListener;
import com.beepercomposer.api.StreamEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Other participants write in the seeded chats when asked to, and never when not. */
class SandboxLiveTrafficTest {
    private SandboxServer sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    void otherParticipantsWriteAndTheSocketTellsOfIt() throws Exception {
        sandbox = SandboxServer.builder().liveTraffic(Duration.ofMillis(40)).build().start();
        BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
        RecordingListener listener = new RecordingListener();
        try (EventStream stream = client.events(listener, EventStream.Backoff.DEFAULT).start()) {
            stream.subscribeAll();
            waitFor(10, TimeUnit.SECONDS, () -> listener.events.stream()
                    .anyMatch(e -> e instanceof StreamEvent.Domain d && !d.messages().isEmpty()));
        }
        StreamEvent.Domain written = listener.events.stream()
                .filter(e -> e instanceof StreamEvent.Domain d && !d.messages().isEmpty())
                .map(StreamEvent.Domain.class::cast).findFirst().orElseThrow();
        Message message = written.messages().get(0);
        assertThat(message.isSender()).isFalse();
        assertThat(message.text()).isNotBlank();
        List<Message> newest = client.listMessages(written.chatID(), null).get(10, TimeUnit.SECONDS).items();
        assertThat(newest).extracting(Message::id).contains(message.id());
    }

    @Test
    void theChatsStayQuietUnlessAsked() {
        assertThat(SandboxServer.builder().liveTraffic).isNull();
        assertThat(SandboxServer.builder().liveTraffic(Duration.ZERO).liveTraffic).isNull();
    }
}
