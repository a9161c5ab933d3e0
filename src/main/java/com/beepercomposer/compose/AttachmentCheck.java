package com.beepercomposer.compose;

import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.media.AttachmentKinds;
import com.beepercomposer.media.UploadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks a picked file passes before it is uploaded, each refusal worded for the person:
 * it must exist, be readable, not be empty, fit the API's 500 MB, and be something the chosen
 * chat accepts.
 */
public final class AttachmentCheck {
    public static final long MAX_UPLOAD_BYTES = UploadLimits.MAX_UPLOAD_BYTES;

    /** Either a file ready to upload, or why not. */
    public record Result(LocalFile file, String refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    private AttachmentCheck() {
    }

    /** Blocking (reads the disk): call off the FX thread. */
    public static Result inspect(Path path, ChatSummary chat) {
        if (path == null || !Files.exists(path)) {
            return refuse(path == null ? Texts.get("check.missing") : Texts.get("check.missingAt", path.toString()));
        }
        if (!Files.isRegularFile(path)) {
            return refuse(Texts.get("check.notFile", path.getFileName().toString()));
        }
        if (!Files.isReadable(path)) {
            return refuse(Texts.get("check.unreadable", path.getFileName().toString()));
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            return refuse(Texts.get("check.readFailed", e.getMessage()));
        }
        if (size == 0) {
            return refuse(Texts.get("check.empty", path.getFileName().toString()));
        }
        if (size > MAX_UPLOAD_BYTES) {
            return refuse(Texts.get("check.tooLarge", Sizes.humanInLanguage(size)));
        }
        LocalFile file = new LocalFile(path, path.getFileName().toString(), size, LocalMime.guess(path));
        String refusal = againstChat(file, chat);
        return new Result(file, refusal);
    }

    /** What the chat's capabilities say of the file as it would be sent without a type override. */
    public static String againstChat(LocalFile file, ChatSummary chat) {
        ChatCapabilities caps = chat == null ? null : chat.capabilities();
        if (caps == null || caps.attachments() == null) {
            return null;
        }
        String msgType = AttachmentKinds.msgtype(null, file.mimeType());
        ChatCapabilities.AttachmentCapability limits = caps.attachments().get(msgType);
        if (limits == null) {
            return Texts.get("check.kindRefused", chat.title(), AttachmentKinds.describe(msgType));
        }
        if (!limits.mimeTypes().isEmpty() && !limits.accepts(file.mimeType())) {
            return Texts.get("check.mimeRefused", chat.title(), file.mimeType());
        }
        if (limits.maxSize() != null && file.size() > limits.maxSize()) {
            return Texts.get("check.tooLargeFor", chat.title(), Sizes.humanInLanguage(file.size()),
                    Sizes.humanInLanguage(limits.maxSize()));
        }
        return null;
    }

    private static Result refuse(String why) {
        return new Result(null, why);
    }
}
