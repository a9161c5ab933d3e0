package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.assertIssue;
import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static com.beepercomposer.sandbox.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.Account;
import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.ChatSearch;
import com.beepercomposer.api.DraftRequest;
import com.beepercomposer.api.Info;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Discovery, auth and the chat routes, through the real client. */
class SandboxChatsTest {
    private static SandboxServer server;
    private static BeeperClient client;

    @BeforeAll
    static void startSandbox() {
        server = SandboxFixture.start(SandboxServer.builder());
        client = client(server);
    }

    @AfterAll
    static void stopSandbox() {
        server.stop();
    }

    @Test
    void infoNeedsNoTokenAndListsAbsoluteOAuthEndpoints() {
        Info info = await(client(server, null).info());
        assertThat(info.app().name()).isEqualTo("Beeper Desktop (sandbox)");
        assertThat(info.server().port()).isEqualTo(server.port());
        assertThat(info.server().base_url()).isEqualTo(server.baseUrl());
        assertThat(info.endpoints().ws_events()).isEqualTo("ws://127.0.0.1:" + server.port() + "/v1/ws");
        assertThat(info.endpoints().oauth().token_endpoint()).isEqualTo(server.baseUrl() + "/oauth/token");
    }

    @Test
    void protectedRoutesRefuseMissingOrWrongTokens() throws Exception {
        // The client will not send a token-less request, so ask directly.
        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/v1/accounts")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).contains("\"code\":\"UNAUTHORIZED\"");
        ApiException wrong = failure(client(server, "not-the-token").listChats(null));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.getMessage()).doesNotContain(server.token());
    }

    @Test
    void generatedTokensAreUrlSafeAndDifferPerServer() {
        try (SandboxServer other = SandboxFixture.start(SandboxServer.builder())) {
            assertThat(other.token()).matches("[A-Za-z0-9_-]{32,}").isNotEqualTo(server.token());
        }
    }

    @Test
    void accountsCoverTheFiveNetworksAndAnswersCarryTheVersionHeader() {
        List<Account> accounts = await(client.accounts());
        assertThat(accounts).extracting(Account::network)
                .containsExactly("WhatsApp", "Telegram", "Signal", "Slack", "iMessage");
        assertThat(client.serverVersion()).contains(SandboxServer.DESKTOP_VERSION);
    }

    @Test
    void unknownRoutesAnswer404Json() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/v1/nothing-here")).header("Authorization", "Bearer " + server.token())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        assertThat(response.body()).contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void chatListIsNewestActivityFirstWithPreviews() {
        Page<Chat> page = await(client.listChats(null));
        assertThat(page.items()).hasSizeGreaterThanOrEqualTo(10);
        List<String> activity = page.items().stream().map(Chat::lastActivity).toList();
        assertThat(activity).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page.items()).allSatisfy(c -> assertThat(c.preview()).isNotNull());
        assertThat(page.newestCursor()).isNotNull();
        assertThat(page.oldestCursor()).isNotNull();
    }

    @Test
    void chatLookupWorksByIdAndByLocalId() {
        Chat byID = await(client.chat(SandboxServer.DEFAULT_CHAT_ID));
        Chat byLocal = await(client.chat(SandboxServer.DEFAULT_LOCAL_CHAT_ID));
        assertThat(byLocal.id()).isEqualTo(byID.id());
        assertThat(byID.title()).isEqualTo("Alice Martin");
        assertThat(byID.participants().items()).hasSize(2);
        assertThat(byID.capabilities().attachments()).containsKeys("m.image", "org.matrix.msc3245.voice");
        assertThat(failure(client.chat("!nope:beeper.com")).status()).isEqualTo(404);
    }

    @Test
    void specialSeedChatsAdvertiseTheirRules() {
        assertThat(await(client.chat(SandboxServer.READ_ONLY_CHAT_ID)).readOnly()).isTrue();
        assertThat(await(client.chat(SandboxServer.REPLIES_REJECTED_CHAT_ID)).capabilities().reply()).isEqualTo(-2);
        Chat images = await(client.chat(SandboxServer.IMAGES_ONLY_CHAT_ID));
        assertThat(images.capabilities().attachments()).containsOnlyKeys("m.image");
        assertThat(images.capabilities().attachments().get("m.image").maxSize()).isEqualTo(5L * 1024 * 1024);
        assertThat(await(client.chat(SandboxServer.SHORT_TEXT_CHAT_ID)).capabilities().maxTextLength())
                .isEqualTo(160);
    }

    @Test
    void searchMatchesAllWordsInTitlesOrParticipants() {
        assertThat(await(client.searchChats(ChatSearch.query("alice")))).extracting(Page::items).asList()
                .extracting("title").contains("Alice Martin");
        // "titles" covers title + network: "crew signal" matches only the climbing group.
        assertThat(await(client.searchChats(ChatSearch.query("CREW signal").withScope("titles"))).items())
                .extracting(Chat::title).containsExactly("Climbing Crew \uD83E\uDDD7");
        // Carol is in two chats; only participants scope finds the group by her name.
        assertThat(await(client.searchChats(ChatSearch.query("carol").withScope("participants"))).items())
                .extracting(Chat::id).containsExactlyInAnyOrder(SeedData.CAROL_CHAT_ID, SeedData.CLIMBING_CHAT_ID);
        assertThat(await(client.searchChats(ChatSearch.query("carol").withScope("titles"))).items())
                .extracting(Chat::id).containsExactly(SeedData.CAROL_CHAT_ID);
        assertThat(await(client.searchChats(ChatSearch.query("carol").withScope("participants").withType("group")))
                .items()).extracting(Chat::id).containsExactly(SeedData.CLIMBING_CHAT_ID);
        assertThat(await(client.searchChats(ChatSearch.query("alice zebra"))).items()).isEmpty();
    }

    @Test
    void searchRejectsUnknownScopeAndType() {
        assertIssue(client.searchChats(ChatSearch.query("x").withScope("everything")), 400, "scope");
        assertIssue(client.searchChats(ChatSearch.query("x").withType("channel")), 400, "type");
    }

    @Test
    void searchPagesThroughEveryChatOnce() {
        ChatSearch search = new ChatSearch("", null, "any", 4, null, null);
        Set<String> seen = new HashSet<>();
        List<Page<Chat>> pages = new ArrayList<>();
        Page<Chat> page = await(client.searchChats(search));
        pages.add(page);
        while (page.hasMore()) {
            page = await(client.searchChats(search.olderThan(page.oldestCursor())));
            pages.add(page);
        }
        pages.forEach(p -> p.items().forEach(c -> assertThat(seen.add(c.id())).as("duplicate " + c.id()).isTrue()));
        assertThat(seen).hasSize(await(client.listChats(null)).items().size());
        assertThat(pages.get(0).items()).hasSize(4);
        // direction=after from the second page's newest item gives back the first page.
        Page<Chat> newer = await(client.searchChats(new ChatSearch("", null, "any", 4,
                pages.get(1).newestCursor(), "after")));
        assertThat(newer.items()).extracting(Chat::id)
                .containsExactlyElementsOf(pages.get(0).items().stream().map(Chat::id).toList());
    }

    @Test
    void messagesPageBackwardsThroughTheHistory() {
        Page<Message> first = await(client.listMessages(SandboxServer.DEFAULT_CHAT_ID, null));
        assertThat(first.items()).hasSize(25);
        assertThat(first.hasMore()).isTrue();
        Page<Message> second = await(client.listMessages(SandboxServer.DEFAULT_LOCAL_CHAT_ID, first.oldestCursor()));
        assertThat(second.hasMore()).isFalse();
        List<Message> all = new ArrayList<>(first.items());
        all.addAll(second.items());
        assertThat(all).extracting(Message::sortKey).doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all).anySatisfy(m -> assertThat(m.linkedMessageID()).isNotNull());
        assertThat(all).anySatisfy(m -> assertThat(m.attachments()).isNotEmpty());
        Message oldest = all.get(all.size() - 1);
        assertThat(await(client.message(SandboxServer.DEFAULT_CHAT_ID, oldest.id()))).isEqualTo(oldest);
        assertThat(failure(client.message(SandboxServer.DEFAULT_CHAT_ID, "999")).status()).isEqualTo(404);
    }

    @Test
    void withStrictCapabilitiesANonEmptyDraftOnlyReplacesAnEmptyOne() {
        try (SandboxServer strict = SandboxFixture.start(SandboxServer.builder().strictCapabilities(true))) {
            draftRule(client(strict));
        }
    }

    private static void draftRule(BeeperClient client) {
        String chat = SeedData.BOB_CHAT_ID;
        Chat set = await(client.setDraft(chat, DraftRequest.text("See you **Thursday**")));
        assertThat(set.draft().text()).isEqualTo("See you <strong>Thursday</strong>");
        ApiException conflict = failure(client.setDraft(chat, DraftRequest.text("something else")));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.serverMessage()).hasValueSatisfying(m -> assertThat(m).contains("null"));
        assertThat(await(client.chat(chat)).draft().text()).isEqualTo("See you <strong>Thursday</strong>");
        assertThat(await(client.setDraft(chat, null)).draft()).isNull();
        assertThat(await(client.setDraft(chat, DraftRequest.text("new one"))).draft().text()).isEqualTo("new one");
        await(client.setDraft(chat, null));
    }
}
