package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.Page;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Sends racing each other must still page back once each, in sort-key order. */
class SandboxConcurrentSendTest {
    private static final int SENDS = 200;

    @Test
    void twoHundredConcurrentSendsPageBackAsTwoHundredDistinctMessagesInOrder() {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        // Long enough that nothing settles while the sends race: the race is between appends.
        try (SandboxServer server = SandboxFixture.start(SandboxServer.builder()
                .confirmDelay(Duration.ofMinutes(5)))) {
            BeeperClient client = client(server);
            String chat = SeedData.MOM_CHAT_ID;
            List<CompletableFuture<SendResult>> sends = IntStream.range(0, SENDS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.send(chat, SendMessage.text("n" + i)),
                            pool).thenCompose(f -> f))
                    .toList();
            Set<String> pendingIDs = new HashSet<>();
            sends.forEach(f -> pendingIDs.add(await(f).pendingMessageID()));

            List<Message> paged = new ArrayList<>();
            String cursor = null;
            do {
                Page<Message> page = await(client.listMessages(chat, cursor));
                paged.addAll(page.items());
                cursor = page.hasMore() ? page.oldestCursor() : null;
            } while (cursor != null);

            List<Message> ours = paged.stream().filter(m -> pendingIDs.contains(m.id())).toList();
            assertThat(ours).hasSize(SENDS);
            assertThat(ours).extracting(Message::id).doesNotHaveDuplicates();
            assertThat(paged).extracting(Message::id).doesNotHaveDuplicates();
            List<String> keys = paged.stream().map(Message::sortKey).toList();
            assertThat(keys).isSortedAccordingTo((a, b) -> b.compareTo(a));
        } finally {
            pool.shutdownNow();
        }
    }
}
