package com.beepercomposer.sandbox;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Uploads, multipart and base64. Both stream to disk as they arrive (the multipart parser
 * spills to the store's directory, base64 is decoded token by token) and both enforce the cap.
 */
final class AssetRoutes {
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    // Room for the multipart boundaries and the small text parts around the file.
    private static final long ENVELOPE_SLACK = 64 * 1024;
    private static final int IN_MEMORY_THRESHOLD = 256 * 1024;

    private final UploadStore uploads;

    AssetRoutes(UploadStore uploads) {
        this.uploads = uploads;
    }

    void register(Javalin app) {
        app.post("/v1/assets/upload", this::multipart);
        app.post("/v1/assets/upload/base64", this::base64);
    }

    private void multipart(Context ctx) throws IOException {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw SandboxError.invalid("invalid_type", "Send the file as multipart/form-data in a part named 'file'",
                    "file");
        }
        long max = uploads.maxBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max + ENVELOPE_SLACK) {
            throw tooLarge(max);
        }
        ctx.req().setAttribute(MULTIPART_CONFIG, new MultipartConfigElement(uploads.directory().toString(), max,
                max + ENVELOPE_SLACK, IN_MEMORY_THRESHOLD));
        Part file;
        String fileName;
        String mimeType;
        try {
            file = ctx.req().getPart("file");
            fileName = textPart(ctx, "fileName");
            mimeType = textPart(ctx, "mimeType");
        } catch (IllegalStateException e) {
            // Jetty reports both a size cap and a malformed part (e.g. an endless header line) this way.
            if (String.valueOf(e.getMessage()).contains("exceeds max")) {
                throw tooLarge(max);
            }
            throw SandboxError.invalid("invalid_type", "The multipart body could not be read", "file");
        } catch (ServletException e) {
            throw SandboxError.invalid("invalid_type", "The multipart body could not be read", "file");
        }
        if (file == null) {
            throw SandboxError.invalid("invalid_type", "Required: a part named 'file'", "file");
        }
        if (fileName == null || fileName.isBlank()) {
            fileName = file.getSubmittedFileName();
        }
        Path incoming = uploads.newIncomingFile();
        file.write(incoming.toString());
        answer(ctx, incoming, fileName, mimeType);
    }

    /**
     * A file that arrived but cannot be used is answered 200 with {@code error} and no uploadID,
     * as the SDK's upload response allows; the sandbox's case is an empty file.
     */
    private void answer(Context ctx, Path incoming, String fileName, String mimeType) throws IOException {
        if (Files.size(incoming) == 0) {
            Files.deleteIfExists(incoming);
            ctx.json(new WireUpload(null, null, fileName, mimeType, 0L, null, null, null,
                    "The file is empty: there is nothing to send"));
            return;
        }
        ctx.json(uploads.register(incoming, fileName, mimeType).toResult());
    }

    private static String textPart(Context ctx, String name) throws IOException, ServletException {
        Part part = ctx.req().getPart(name);
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }

    /** {@code {content, fileName?, mimeType?}}, with the base64 decoded straight into a file. */
    private void base64(Context ctx) throws IOException {
        Path incoming = uploads.newIncomingFile();
        String fileName = null;
        String mimeType = null;
        boolean sawContent = false;
        try (JsonParser parser = WireJson.mapper().getFactory().createParser(ctx.bodyInputStream())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw SandboxError.invalid("invalid_type", "The body must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "content" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw SandboxError.invalid("invalid_type", "content must be a base64 string", "content");
                        }
                        try (OutputStream out = new CappedOutput(Files.newOutputStream(incoming), uploads.maxBytes())) {
                            parser.readBinaryValue(Base64Variants.MIME_NO_LINEFEEDS, out);
                        }
                        sawContent = true;
                    }
                    case "fileName" -> fileName = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "mimeType" -> mimeType = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    default -> parser.skipChildren();
                }
            }
        } catch (IllegalArgumentException e) {
            // Jackson reports a bad base64 character this way rather than as a parse error.
            Files.deleteIfExists(incoming);
            throw SandboxError.invalid("invalid_string", "content is not valid base64", "content");
        } catch (CappedOutput.Exceeded e) {
            Files.deleteIfExists(incoming);
            throw tooLarge(uploads.maxBytes());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Files.deleteIfExists(incoming);
            String message = e.getOriginalMessage();
            boolean badBase64 = message != null && message.toLowerCase(java.util.Locale.ROOT).contains("base64");
            throw badBase64 ? SandboxError.invalid("invalid_string", "content is not valid base64", "content")
                    : SandboxError.invalid("invalid_json", "The body is not valid JSON");
        } catch (RuntimeException | IOException e) {
            // Also a client that stopped mid-body: its partial file must not linger until stop.
            Files.deleteIfExists(incoming);
            throw e;
        }
        if (!sawContent) {
            Files.deleteIfExists(incoming);
            throw SandboxError.invalid("invalid_type", "Required: content, the file as base64", "content");
        }
        answer(ctx, incoming, fileName, mimeType);
    }

    private static SandboxError tooLarge(long max) {
        return SandboxError.tooLarge("The file is larger than the " + describe(max) + " upload limit");
    }

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes + " bytes";
    }

    /** Stops writing once the cap is passed, so an oversized upload never fills the disk. */
    private static final class CappedOutput extends FilterOutputStream {
        static final class Exceeded extends IOException {
            Exceeded() {
                super("upload limit exceeded");
            }
        }

        private final long max;
        private long written;

        CappedOutput(OutputStream out, long max) {
            super(new java.io.BufferedOutputStream(out, 64 * 1024));
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) throws Exceeded {
            written += n;
            if (written > max) {
                throw new Exceeded();
            }
        }
    }
}
