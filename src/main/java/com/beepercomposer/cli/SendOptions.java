package com.beepercomposer.cli;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.AttachmentOverrides;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code send} was asked to do, checked before anything touches the network.
 *
 * @param overrides what was typed for every attachment: only what was set is sent
 * @param waitFor   how long to follow the pending ID to the final message; null for not at all
 */
record SendOptions(String chat, String text, String replyTo, List<Path> attachments, AttachmentOverrides overrides,
                   Duration waitFor, boolean json, boolean sandbox) {

    static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    static final Set<String> VALUED = Set.of("--chat", "--text", "--text-file", "--reply-to", "--attach", "--type",
            "--file-name", "--mime", "--duration", "--width", "--height");
    static final Set<String> FLAGS = Set.of("--json", "--sandbox");
    private static final Pattern WAIT = Pattern.compile("^(\\d+(?:\\.\\d+)?)(ms|s|m)?$");

    static SendOptions parse(List<String> words, InputStream stdin) {
        Args args = Args.parse(words, VALUED, FLAGS, Set.of("--wait"));
        String chat = args.value("--chat");
        if (chat == null) {
            throw Args.usage("send needs --chat ID, local chat ID or \"title\"");
        }
        boolean fromStdin = false;
        for (String positional : args.positionals()) {
            if (!positional.equals("-")) {
                throw Args.usage("Unexpected argument " + positional + " (text goes after --text, or use - for stdin)");
            }
            fromStdin = true;
        }
        int sources = (args.has("--text") ? 1 : 0) + (args.has("--text-file") ? 1 : 0) + (fromStdin ? 1 : 0);
        if (sources > 1) {
            throw Args.usage("Give the text one way: --text, --text-file or - (stdin)");
        }
        String text = args.value("--text");
        if (args.has("--text-file")) {
            text = readFile(Path.of(args.value("--text-file")));
        } else if (fromStdin) {
            text = readStdin(stdin);
        }
        List<Path> attachments = args.values("--attach").stream().map(Path::of).toList();
        if ((text == null || text.isBlank()) && attachments.isEmpty()) {
            throw Args.usage("Nothing to send: give --text, --text-file, - (stdin) or --attach FILE");
        }
        if (attachments.size() > 1 && args.has("--file-name")) {
            throw Args.usage("--file-name names one file; with several --attach, rename the files instead");
        }
        boolean anyOverride = Set.of("--type", "--file-name", "--mime", "--duration", "--width", "--height").stream()
                .anyMatch(args::has);
        if (attachments.isEmpty() && anyOverride) {
            throw Args.usage("--type, --file-name, --mime, --duration, --width and --height describe an --attach");
        }
        AttachmentOverrides overrides = new AttachmentOverrides(type(args.value("--type")),
                blankIfNull(args.value("--file-name")), blankIfNull(args.value("--mime")),
                blankIfNull(args.value("--duration")), blankIfNull(args.value("--width")),
                blankIfNull(args.value("--height")));
        Map<String, String> errors = overrides.errors();
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw Args.usage("--" + option(first.getKey()) + ": " + first.getValue());
        }
        Duration wait = args.has("--wait") ? waitFor(args.value("--wait")) : null;
        return new SendOptions(chat, text, args.value("--reply-to"), attachments, overrides, wait, args.has("--json"),
                args.has("--sandbox"));
    }

    /** "30s", "500ms", "2m", or plain seconds; nothing means {@link #DEFAULT_WAIT}. */
    static Duration waitFor(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_WAIT;
        }
        Matcher m = WAIT.matcher(text.strip());
        if (!m.matches()) {
            throw Args.usage("--wait takes a time like 30s, 500ms or 2m, not " + text);
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            default -> amount * 1000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    private static AttachmentType type(String text) {
        if (text == null) {
            return null;
        }
        for (AttachmentType type : AttachmentType.values()) {
            if (type.wireName().equals(text.strip())) {
                return type;
            }
        }
        throw Args.usage("--type must be one of image, video, audio, file, gif, voice-note, sticker; not " + text);
    }

    private static String option(String field) {
        return switch (field) {
            case AttachmentOverrides.FILE_NAME -> "file-name";
            case AttachmentOverrides.MIME_TYPE -> "mime";
            default -> field;
        };
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Args.usage("Cannot read --text-file " + file + ": " + e.getMessage());
        }
    }

    private static String readStdin(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.ERROR, "Cannot read the text from stdin: " + e.getMessage());
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
