package com.beepercomposer.compose;

import com.beepercomposer.api.UploadResult;

/**
 * A draft's attachment as kept on disk: the local file as it was checked, the finished upload
 * (null when it had not finished, so it is uploaded again on restore) and the overrides as typed.
 *
 * @param path the local file, as a plain path string (not a URI: readable in the JSON)
 */
public record SavedAttachment(String path, String fileName, long size, String mimeType, UploadResult upload,
                              AttachmentOverrides overrides) {
    public SavedAttachment {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("A saved attachment needs its file");
        }
        overrides = overrides == null ? AttachmentOverrides.NONE : overrides;
    }

    public static SavedAttachment of(LocalFile file, UploadResult upload, AttachmentOverrides overrides) {
        return new SavedAttachment(file.path().toString(), file.fileName(), file.size(), file.mimeType(), upload,
                overrides);
    }

    public LocalFile file() {
        return new LocalFile(java.nio.file.Path.of(path), fileName, size, mimeType);
    }

    /** The same file and overrides, to be uploaded again. */
    public SavedAttachment withoutUpload() {
        return new SavedAttachment(path, fileName, size, mimeType, null, overrides);
    }
}
