package com.beepercomposer.settings;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory and what is in it belong to one person: the directory is 0700 and its
 * files 0600, created that way (never widened, then narrowed) and narrowed again when an older
 * install left them open. On file systems without POSIX permissions it does nothing.
 */
public final class OwnerOnly {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    public static boolean supported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the directory (and missing parents) owner-only, or narrows an existing one. */
    public static Path directory(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (!supported()) {
            return Files.createDirectories(absolute);
        }
        if (!Files.isDirectory(absolute)) {
            Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        narrow(absolute, DIRECTORY);
        return absolute;
    }

    /** Creates an empty owner-only file unless there is one; an existing one is narrowed. */
    public static void file(Path file) throws IOException {
        if (supported()) {
            try {
                Files.createFile(file, attribute(FILE));
                return;
            } catch (FileAlreadyExistsException exists) {
                // narrowed below
            }
        }
        narrowIfPresent(file);
    }

    /** Narrows a file an older install (or another program) created open to others; absent is fine. */
    public static void narrowIfPresent(Path file) {
        if (supported() && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            narrow(file, FILE);
        }
    }

    private static void narrow(Path path, Set<PosixFilePermission> wanted) {
        try {
            if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Someone else's directory (a shared BEEPER_COMPOSER_DATA_DIR): still usable, so only warn.
            LOG.warn("Could not make {} readable by its owner only: {}", path, e.getMessage());
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
