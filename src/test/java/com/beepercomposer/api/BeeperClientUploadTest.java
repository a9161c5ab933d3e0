package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multipart uploads on the wire: parts, names, content types, bytes, progress and cancel. */
class BeeperClientUploadTest extends MockServerTestBase {
    @TempDir
    Path dir;

    @Test
    void uploadSendsFieldsThenTheFilePart() throws Exception {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xFF};
        Path file = Files.write(dir.resolve("pic.png"), bytes);
        enqueueJson(200, "{\"uploadID\":\"u1\",\"mimeType\":\"image/png\",\"fileSize\":8,\"width\":1,\"height\":1}");
        List<long[]> progress = new ArrayList<>();

        UploadResult result = await(client.upload(file, "renamed \"x\".png", "image/png",
                (sent, total) -> progress.add(new long[] {sent, total}), null));

        RecordedRequest request = take();
        assertThat(request.getRequestLine()).isEqualTo("POST /v1/assets/upload HTTP/1.1");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        String contentType = request.getHeaders().get("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        byte[] expected = concat(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"fileName\"\r\n\r\nrenamed \"x\".png\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"mimeType\"\r\n\r\nimage/png\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"renamed %22x%22.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8), bytes,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(request.getBody().toByteArray()).isEqualTo(expected);
        assertThat(request.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(expected.length));
        assertThat(request.getHeaders().get("Transfer-Encoding")).isNull();
        assertThat(progress).last().satisfies(p -> assertThat(p).containsExactly(expected.length, expected.length));
        assertThat(result.uploadID()).isEqualTo("u1");
        assertThat(result.width()).isEqualTo(1);
    }

    @Test
    void uploadWithoutOverridesSendsOnlyTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        enqueueJson(200, "{\"uploadID\":\"u2\"}");

        await(client.upload(file, null, null, null, null));

        String body = take().getBody().utf8();
        assertThat(body).doesNotContain("name=\"fileName\"").doesNotContain("name=\"mimeType\"");
        assertThat(body).contains("name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nhello\r\n");
    }

    @Test
    void aTwoHundredWithAnErrorAndNoUploadIdIsAFailure() throws Exception {
        Path file = Files.writeString(dir.resolve("a.bin"), "x");
        enqueueJson(200, "{\"error\":\"disk full\"}");

        ApiException error = failure(client.upload(file, null, null, null, null));

        assertThat(error.kind()).isEqualTo(ApiException.Kind.HTTP);
        assertThat(error.serverMessage()).contains("disk full");
    }

    @Test
    void missingFileIsRefusedWithoutARequest() throws Exception {
        ApiException error = failure(client.upload(dir.resolve("nope.png"), null, null, null, null));

        assertThat(error.kind()).isEqualTo(ApiException.Kind.INVALID_REQUEST);
        assertThat(error.getMessage()).contains("does not exist");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void cancelStopsAnUploadInFlight() throws Exception {
        Path file = dir.resolve("big.bin");
        Files.write(file, new byte[8 * 1024 * 1024]);
        // The server never answers, so the upload is still in flight when we cancel.
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        CancelSignal cancel = new CancelSignal();
        CountDownLatch started = new CountDownLatch(1);

        CompletableFuture<UploadResult> upload = client.upload(file, null, null,
                (sent, total) -> started.countDown(), cancel);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        cancel.cancel();

        assertThat(failure(upload).kind()).isEqualTo(ApiException.Kind.CANCELLED);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
