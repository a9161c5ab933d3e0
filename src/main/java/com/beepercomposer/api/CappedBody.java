package com.beepercomposer.api;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * An answer's body read into memory up to a limit: a body that declares more, or grows past it
 * without saying, fails the call with {@link ApiException.Kind#TOO_LARGE} and the rest is never read.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final boolean declaredTooLarge;
    private final Supplier<ApiException> tooLarge;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private CappedBody(long limit, boolean declaredTooLarge, Supplier<ApiException> tooLarge) {
        this.limit = limit;
        this.declaredTooLarge = declaredTooLarge;
        this.tooLarge = tooLarge;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long limit, String requestLine) {
        return info -> new CappedBody(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1) > limit,
                () -> ApiException.tooLarge(requestLine, info.statusCode(), limit));
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (declaredTooLarge) {
            refuse();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (out.size() + (long) item.remaining() > limit) {
                refuse();
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    private void refuse() {
        subscription.cancel();
        body.completeExceptionally(tooLarge.get());
    }
}
