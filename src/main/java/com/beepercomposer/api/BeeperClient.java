package com.beepercomposer.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Beeper Desktop API over {@code java.net.http}. Every call is asynchronous and completes
 * with a record, or exceptionally with an {@link ApiException}. Only this package speaks HTTP.
 */
public final class BeeperClient {
    private final HttpTransport transport;

    public BeeperClient(ClientConfig config) {
        this(config, HttpTransport.newHttpClient(config, null));
    }

    /**
     * A client whose answers and socket events are handled on {@code callbacks}: its owner shuts
     * that down when done, so no thread of the client outlives it.
     */
    public BeeperClient(ClientConfig config, java.util.concurrent.Executor callbacks) {
        this(config, HttpTransport.newHttpClient(config, callbacks));
    }

    public BeeperClient(ClientConfig config, HttpClient http) {
        this.transport = new HttpTransport(http, config);
    }

    /**
     * For a server that starts beside the app (the built-in sandbox): calls made before
     * {@code started} completes wait for it instead of being refused; if it fails they go out and
     * fail as for any server that is not there.
     */
    public void sendAfter(CompletableFuture<?> started) {
        transport.sendAfter(started);
    }

    /** A client for {@code BEEPER_BASE_URL} / {@code BEEPER_ACCESS_TOKEN}, as the official SDKs do. */
    public static BeeperClient fromEnvironment() {
        return new BeeperClient(ClientConfig.fromEnvironment(System.getenv()));
    }

    public ClientConfig config() {
        return transport.config();
    }

    /**
     * Calls {@code listener} whenever the server refuses the token (a 401 to a call that carried
     * it), on a network thread, so the window can pause sending and offer to sign in again.
     *
     * @return stops the listener
     */
    public Runnable onUnauthorized(Runnable listener) {
        return transport.onUnauthorized(listener);
    }

    /** The Beeper Desktop version from the base URL's last answer ({@code X-Beeper-Desktop-Version}). */
    public Optional<String> serverVersion() {
        return transport.serverVersion();
    }

    /** {@code GET /v1/info}; needs no token. */
    public CompletableFuture<Info> info() {
        return call(ApiRequest.get("/v1/info").unauthenticated(), type(Info.class));
    }

    /** {@code GET /v1/accounts}. */
    public CompletableFuture<List<Account>> accounts() {
        return call(ApiRequest.get("/v1/accounts"), list(Account.class));
    }

    /** {@code GET /v1/chats}, newest activity first; {@code cursor} null for the first page, else older than it. */
    public CompletableFuture<Page<Chat>> listChats(String cursor) {
        return call(olderThan(ApiRequest.get("/v1/chats"), cursor), page(Chat.class));
    }

    /** {@code GET /v1/chats/search}. */
    public CompletableFuture<Page<Chat>> searchChats(ChatSearch search) {
        ApiRequest request = ApiRequest.get("/v1/chats/search")
                .withQuery("query", search.query())
                .withQuery("scope", search.scope())
                .withQuery("type", search.type())
                .withQuery("limit", search.limit())
                .withQuery("cursor", search.cursor())
                .withQuery("direction", search.direction());
        return call(request, page(Chat.class));
    }

    /** {@code GET /v1/chats/{chatID}}; takes a chat ID or a local chat ID. */
    public CompletableFuture<Chat> chat(String chatID) {
        return withPath(() -> ApiRequest.get("/v1/chats/" + PathSegment.encode("chat ID", chatID)),
                type(Chat.class));
    }

    /** {@code GET /v1/chats/{chatID}/messages}; {@code cursor} null for the newest page, else older than it. */
    public CompletableFuture<Page<Message>> listMessages(String chatID, String cursor) {
        return withPath(() -> olderThan(
                ApiRequest.get("/v1/chats/" + PathSegment.encode("chat ID", chatID) + "/messages"), cursor),
                page(Message.class));
    }

    /** {@code GET /v1/chats/{chatID}/messages/{messageID}}; takes a final, pending or Matrix event ID. */
    public CompletableFuture<Message> message(String chatID, String messageID) {
        return withPath(() -> ApiRequest.get("/v1/chats/" + PathSegment.encode("chat ID", chatID)
                + "/messages/" + PathSegment.encode("message ID", messageID)), type(Message.class));
    }

    /**
     * {@code POST /v1/chats/{chatID}/messages}. Never repeated once it may have reached the server:
     * a timeout or broken connection ends it with an exception whose
     * {@link ApiException#outcomeUnknown()} is true.
     */
    public CompletableFuture<SendResult> send(String chatID, SendMessage message) {
        return withPath(() -> sendRequest(chatID, message), type(SendResult.class));
    }

    /**
     * The request {@link #send} would make, built the same way, without making it: for showing
     * the person exactly what will be posted.
     *
     * @throws IllegalArgumentException when the chat ID cannot be put in a path
     */
    public RequestDescription describeSend(String chatID, SendMessage message) {
        return describe(sendRequest(chatID, message));
    }

    private static ApiRequest sendRequest(String chatID, SendMessage message) {
        return ApiRequest.json("POST", "/v1/chats/" + PathSegment.encode("chat ID", chatID) + "/messages", message);
    }

    private RequestDescription describe(ApiRequest request) {
        java.net.URI uri = transport.uri(request);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new RequestDescription(request.method(), target, request.contentType(), request.bodyText());
    }

    /**
     * {@code PUT /v1/chats/{chatID}/messages/{messageID}} with {@code {"text"}}: edits the text of
     * a sent message (Markdown, converted like a send) and returns the updated message.
     */
    public CompletableFuture<Message> editMessage(String chatID, String messageID, String text) {
        if (text == null || text.isBlank()) {
            return CompletableFuture.failedFuture(ApiException.invalidRequest("The new text is empty"));
        }
        return withPath(() -> ApiRequest.json("PUT", messagePath(chatID, messageID), Map.of("text", text)),
                type(Message.class));
    }

    /**
     * {@code DELETE /v1/chats/{chatID}/messages/{messageID}}: deletes (unsends) a message by its
     * final ID; pending IDs are refused by the server.
     */
    public CompletableFuture<Void> deleteMessage(String chatID, String messageID) {
        return withPath(() -> new ApiRequest("DELETE", messagePath(chatID, messageID), List.of(), null, null,
                ApiRequest.Retry.ONLY_IF_NOT_PROCESSED, true, null), type(Void.class));
    }

    /**
     * {@code POST /v1/focus}: brings Beeper Desktop to the front, on a chat (and message) with a
     * prefilled draft when given; every field may be null. True when the server says it did.
     */
    public CompletableFuture<Boolean> focus(FocusRequest focus) {
        return this.<JsonNode>call(ApiRequest.json("POST", "/v1/focus", focus), type(JsonNode.class))
                .thenApply(answer -> answer != null && answer.path("success").asBoolean(false));
    }

    private static String messagePath(String chatID, String messageID) {
        return "/v1/chats/" + PathSegment.encode("chat ID", chatID) + "/messages/"
                + PathSegment.encode("message ID", messageID);
    }

    /**
     * {@code POST /v1/assets/upload}: the file streamed from disk as multipart/form-data.
     *
     * @param fileName null to let the server take the file's own name
     * @param mimeType null to let the server detect it from the bytes
     */
    public CompletableFuture<UploadResult> upload(Path file, String fileName, String mimeType,
                                                  UploadProgress progress, CancelSignal cancel) {
        String problem = unreadable(file);
        if (problem != null) {
            return CompletableFuture.failedFuture(ApiException.invalidRequest(problem));
        }
        MultipartFileBody body = new MultipartFileBody(file, fileName, mimeType,
                mimeType != null ? mimeType : "application/octet-stream");
        CancelSignal signal = cancel != null ? cancel : CancelSignal.none();
        UploadProgress listener = progress != null ? progress : UploadProgress.NONE;
        ApiRequest request = new ApiRequest("POST", "/v1/assets/upload", List.of(), null, null,
                ApiRequest.Retry.SAFE, true, null)
                .withBody(() -> body.publisher(listener, signal), body.contentType(), config().uploadTimeout());
        return this.<UploadResult>callCancellable(request, type(UploadResult.class), signal)
                .thenApply(BeeperClient::requireUploadID);
    }

    /** {@code POST /v1/assets/upload/base64}: for small content already in memory. */
    public CompletableFuture<UploadResult> uploadBase64(Base64Upload upload) {
        ApiRequest request = ApiRequest.json("POST", "/v1/assets/upload/base64", upload);
        return this.<UploadResult>call(request, type(UploadResult.class)).thenApply(BeeperClient::requireUploadID);
    }

    /**
     * {@code GET} of an attachment's {@code http(s)} {@code srcURL}: its bytes, for showing the
     * picture. An address under the base URL is the API's own and gets the token as every call
     * does; any other host never sees it. A body above {@link ClientConfig#maxAssetBytes()} fails
     * the call ({@link ApiException.Kind#TOO_LARGE}) without being read.
     */
    public CompletableFuture<byte[]> assetBytes(String srcURL) {
        java.net.URI address;
        try {
            address = java.net.URI.create(srcURL);
        } catch (IllegalArgumentException | NullPointerException e) {
            return CompletableFuture.failedFuture(ApiException.invalidRequest("Not an address: " + srcURL));
        }
        String scheme = address.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || address.getHost() == null) {
            return CompletableFuture.failedFuture(ApiException.invalidRequest("Not a web address: " + srcURL));
        }
        String base = config().baseUri().toString() + "/";
        ApiRequest request = srcURL.startsWith(base)
                ? ApiRequest.get(srcURL.substring(base.length() - 1))
                : ApiRequest.get(srcURL).unauthenticated();
        return call(request, type(byte[].class));
    }

    /**
     * {@code PATCH /v1/chats/{chatID}} with {@code {"draft": ...}}; a null draft clears it.
     * The server takes a non-empty draft only while the current one is empty.
     */
    public CompletableFuture<Chat> setDraft(String chatID, DraftRequest draft) {
        return withPath(() -> ApiRequest.json("PATCH", "/v1/chats/" + PathSegment.encode("chat ID", chatID),
                new DraftPatch(draft)), type(Chat.class));
    }

    /** A live event socket on {@code /v1/ws}; call {@link EventStream#start()} to connect. */
    public EventStream events(EventStream.Listener listener, EventStream.Backoff backoff) {
        return new EventStream(config(), transport.http(), listener, backoff);
    }

    private static UploadResult requireUploadID(UploadResult result) {
        if (!result.succeeded()) {
            String reason = result.error() != null ? result.error() : "the server returned no uploadID";
            throw ApiException.http("POST /v1/assets/upload", 200, "UPLOAD_FAILED", reason, List.of(), null);
        }
        return result;
    }

    private static String unreadable(Path file) {
        if (file == null) {
            return "No file was chosen";
        }
        if (!Files.exists(file)) {
            return "The file does not exist: " + file;
        }
        if (!Files.isRegularFile(file)) {
            return "Not a file: " + file;
        }
        if (!Files.isReadable(file)) {
            return "The file cannot be read: " + file;
        }
        return null;
    }

    private static ApiRequest olderThan(ApiRequest request, String cursor) {
        return cursor == null ? request : request.withQuery("cursor", cursor).withQuery("direction", "before");
    }

    private <T> CompletableFuture<T> withPath(java.util.function.Supplier<ApiRequest> request, JavaType type) {
        ApiRequest built;
        try {
            built = request.get();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(ApiException.invalidRequest(e.getMessage()));
        }
        return call(built, type);
    }

    private <T> CompletableFuture<T> call(ApiRequest request, JavaType type) {
        return transport.execute(request, type);
    }

    private <T> CompletableFuture<T> callCancellable(ApiRequest request, JavaType type, CancelSignal cancel) {
        return transport.execute(request, type, cancel);
    }

    private static JavaType type(Class<?> type) {
        return Json.mapper().getTypeFactory().constructType(type);
    }

    private static JavaType list(Class<?> item) {
        return Json.mapper().getTypeFactory().constructCollectionType(List.class, item);
    }

    private static JavaType page(Class<?> item) {
        return Json.mapper().getTypeFactory().constructParametricType(Page.class, item);
    }

    @Override
    public String toString() {
        return "BeeperClient[" + config() + "]";
    }
}
