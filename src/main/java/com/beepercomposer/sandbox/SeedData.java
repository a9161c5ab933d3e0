package com.beepercomposer.sandbox;

import com.beepercomposer.api.MediaTypes;

import com.beepercomposer.api.Account;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.api.ChatCapabilities.AttachmentCapability;
import com.beepercomposer.api.MediaSize;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.MessageAttachment;
import com.beepercomposer.api.SendStatus;
import com.beepercomposer.api.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's fixed starting world: five accounts and a dozen chats with histories, shaped like
 * what Beeper Desktop returns. Everything is deterministic (fixed clock, fixed IDs) so tests and
 * screenshots see the same data every run. Some chats exist for one purpose each: read-only,
 * replies rejected, images only, 160 characters; their IDs are public constants.
 */
public final class SeedData {
    public static final String ALICE_CHAT_ID =
            "!whatsapp_15550101002:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost";
    public static final String ALICE_LOCAL_CHAT_ID = "1201";
    public static final String FAMILY_CHAT_ID =
            "!whatsapp_120363025551234567:ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc.local-whatsapp.localhost";
    public static final String BOB_CHAT_ID =
            "!telegram_5550102003:ba_QFrb5cG4fLRcSqnNlOYW2pBMUjE.local-telegram.localhost";
    /** A Telegram channel the user only reads: sends get 403. */
    public static final String READ_ONLY_CHAT_ID =
            "!telegram_-1001555010400:ba_QFrb5cG4fLRcSqnNlOYW2pBMUjE.local-telegram.localhost";
    public static final String CAROL_CHAT_ID =
            "!signal_3f1c9a2e-5b7d-4e21-9c6a-8d0b1e2f3a4b:ba_z8J4kqWm2xR7tYvN0pLs5dHc9Ue.local-signal.localhost";
    public static final String CLIMBING_CHAT_ID =
            "!signal_group_Yk3mPq8vR2sT6wX0zB4nC7dF:ba_z8J4kqWm2xR7tYvN0pLs5dHc9Ue.local-signal.localhost";
    public static final String ERIN_CHAT_ID = "!qWeRtYuIoPaSdFgHjK:beeper.com";
    /** A Slack channel taking only PNG, JPEG, GIF and WebP images up to 5 MB. */
    public static final String IMAGES_ONLY_CHAT_ID = "!dEsIgNrEvIeWsChAnL:beeper.com";
    public static final long IMAGES_ONLY_MAX_BYTES = 5L * 1024 * 1024;
    /** A Slack channel whose bridge rejects replies ({@code capabilities.reply = -2}). */
    public static final String REPLIES_REJECTED_CHAT_ID = "!dEpLoYsAnNoUnCeMt:beeper.com";
    /** An SMS thread limited to 160 characters of text. */
    public static final String SHORT_TEXT_CHAT_ID = "!imessage_SMS;-;+15550148822:beeper.local";
    public static final int SHORT_TEXT_MAX_LENGTH = 160;
    public static final String MOM_CHAT_ID = "!imessage_iMessage;-;+15550107788:beeper.local";

    static final Instant NOW = Instant.parse("2025-06-02T17:45:00Z");
    static final long FIRST_MESSAGE_NUMBER = 1_340_001;

    private static final String WA = "local-whatsapp_ba_EvYDBBsZbRQAy3UOSWqG0LuTVkc";
    private static final String TG = "local-telegram_ba_QFrb5cG4fLRcSqnNlOYW2pBMUjE";
    private static final String SIG = "local-signal_ba_z8J4kqWm2xR7tYvN0pLs5dHc9Ue";
    private static final String SLACK = "slackgo.T04BEEPER1-U04SANDBX1";
    private static final String IMSG = "imessagego";

    private long messageNumber = FIRST_MESSAGE_NUMBER;
    private final List<SandboxWorld.ChatSeed> chats = new ArrayList<>();

    private SeedData() {
    }

    static SandboxWorld newWorld() {
        SeedData seed = new SeedData();
        seed.buildChats();
        return new SandboxWorld(accounts(), seed.chats, seed.messageNumber);
    }

    static List<Account> accounts() {
        return List.of(
                new Account(WA, "WhatsApp", self("@whatsapp_15550100001:local-whatsapp.localhost", "+15550100001"),
                        new Account.Bridge("local-whatsapp", "local", "whatsapp")),
                new Account(TG, "Telegram", self("@telegram_5550100001:local-telegram.localhost", "+15550100001"),
                        new Account.Bridge("local-telegram", "local", "telegram")),
                new Account(SIG, "Signal", self("@signal_0a1b2c3d:local-signal.localhost", "+15550100001"),
                        new Account.Bridge("local-signal", "local", "signal")),
                new Account(SLACK, "Slack", self("@slackgo_T04BEEPER1-U04SANDBX1:beeper.com", null),
                        new Account.Bridge("slackgo", "cloud", "slackgo")),
                new Account(IMSG, "iMessage", self("@imessagego_sandbox:beeper.local", "+15550100001"),
                        new Account.Bridge("imessagego", "platform-sdk", "imessagego")));
    }

    private static User self(String id, String phone) {
        return new User(id, "Sam Sandbox", "sam.sandbox", phone, "sam@example.com", null, true, null, null, null,
                null);
    }

    private void buildChats() {
        User meWa = person("@whatsapp_15550100001:local-whatsapp.localhost", "Sam Sandbox", null, true);
        User alice = person("@whatsapp_15550101002:local-whatsapp.localhost", "Alice Martin", "+15550101002", false);
        chat(ALICE_CHAT_ID, ALICE_LOCAL_CHAT_ID, WA, "WhatsApp", "Alice Martin", "single", List.of(meWa, alice),
                false, whatsapp(), 0, 7, Script.ALICE);

        User mum = person("@whatsapp_15550107788:local-whatsapp.localhost", "Mum", "+15550107788", false);
        User leo = person("@whatsapp_15550103344:local-whatsapp.localhost", "Leo Sandbox", "+15550103344", false);
        User nina = person("@whatsapp_15550105566:local-whatsapp.localhost", "Nina Sandbox", "+15550105566", false);
        chat(FAMILY_CHAT_ID, "1202", WA, "WhatsApp", "Family \uD83C\uDFE1", "group",
                List.of(meWa, mum, leo, nina), false, whatsapp(), 2, 11, Script.FAMILY);

        User meTg = person("@telegram_5550100001:local-telegram.localhost", "Sam Sandbox", null, true);
        User bob = person("@telegram_5550102003:local-telegram.localhost", "Bob Chen", null, false);
        chat(BOB_CHAT_ID, "1203", TG, "Telegram", "Bob Chen", "single", List.of(meTg, bob), false, telegram(), 1,
                23, Script.BOB);
        User news = person("@telegram_channel_1555010400:local-telegram.localhost", "Tech News Daily", null, false);
        chat(READ_ONLY_CHAT_ID, "1204", TG, "Telegram", "Tech News Daily", "group", List.of(meTg, news), true,
                telegram(), 5, 31, Script.NEWS);

        User meSig = person("@signal_0a1b2c3d:local-signal.localhost", "Sam Sandbox", null, true);
        User carol = person("@signal_3f1c9a2e:local-signal.localhost", "Carol Diaz", "+15550104455", false);
        chat(CAROL_CHAT_ID, "1205", SIG, "Signal", "Carol Diaz", "single", List.of(meSig, carol), false, signal(),
                0, 47, Script.CAROL);
        User dan = person("@signal_7e8f9a0b:local-signal.localhost", "Dan Okafor", "+15550106677", false);
        User priya = person("@signal_1c2d3e4f:local-signal.localhost", "Priya Nair", "+15550108899", false);
        chat(CLIMBING_CHAT_ID, "1206", SIG, "Signal", "Climbing Crew \uD83E\uDDD7", "group",
                List.of(meSig, carol, dan, priya), false, signal(), 3, 63, Script.CLIMBING);

        User meSlack = person("@slackgo_T04BEEPER1-U04SANDBX1:beeper.com", "Sam Sandbox", "sam", true);
        User erin = person("@slackgo_T04BEEPER1-U04ERINW01:beeper.com", "Erin Walsh", "erin", false);
        User marco = person("@slackgo_T04BEEPER1-U04MARCO01:beeper.com", "Marco Rossi", "marco", false);
        User deployBot = new User("@slackgo_T04BEEPER1-B04DEPLOY1:beeper.com", "Deploy Bot", "deploybot", null,
                null, null, false, null, null, true, null);
        chat(ERIN_CHAT_ID, "1207", SLACK, "Slack", "Erin Walsh", "single", List.of(meSlack, erin), false,
                slack(null, 2), 0, 95, Script.ERIN);
        chat(IMAGES_ONLY_CHAT_ID, "1208", SLACK, "Slack", "#design-reviews", "group",
                List.of(meSlack, erin, marco), false, slack(imagesOnly(), 2), 1, 130, Script.DESIGN);
        chat(REPLIES_REJECTED_CHAT_ID, "1209", SLACK, "Slack", "#deploys", "group",
                List.of(meSlack, marco, deployBot), false, slack(null, -2), 0, 170, Script.DEPLOYS);

        User meIm = person("@imessagego_sandbox:beeper.local", "Sam Sandbox", null, true);
        User dentist = person("@imessagego_tel_15550148822:beeper.local", "+1 (555) 014-8822", "+15550148822",
                false);
        chat(SHORT_TEXT_CHAT_ID, "1210", IMSG, "iMessage", "Bright Smile Dental", "single", List.of(meIm, dentist),
                false, sms(), 0, 240, Script.DENTIST);
        User mom = person("@imessagego_tel_15550107788:beeper.local", "Mom", "+15550107788", false);
        chat(MOM_CHAT_ID, "1211", IMSG, "iMessage", "Mom", "single", List.of(meIm, mom), false, imessage(), 2, 300,
                Script.MOM);
    }

    private static User person(String id, String name, String phone, boolean self) {
        return new User(id, name, null, phone, null, null, self, null, null, null, null);
    }

    /**
     * Adds a chat whose last message was {@code minutesAgo} before {@link #NOW}; the script's lines
     * are spaced a few minutes apart going back from there.
     */
    private void chat(String id, String localID, String accountID, String network, String title, String type,
                      List<User> people, boolean readOnly, ChatCapabilities caps, int unread, int minutesAgo,
                      String[] script) {
        Instant last = NOW.minus(Duration.ofMinutes(minutesAgo));
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < script.length; i++) {
            Instant at = last.minus(Duration.ofMinutes((long) (script.length - 1 - i) * 9 + (i % 3)));
            messages.add(line(id, accountID, people, script[i], at, i, messages));
        }
        Chat chat = new Chat(id, localID, accountID, network, title, type, unread,
                new Chat.Participants(people, false, people.size()), readOnly ? Boolean.TRUE : null, false, false,
                false, messages.get(messages.size() - 1).timestamp(), null, caps, null);
        chats.add(new SandboxWorld.ChatSeed(chat, messages));
    }

    /**
     * One script line: {@code "<sender index>|<text>"}. The text may start with {@code >N } to
     * reply to line N, and may be an attachment marker such as {@code [image beach.jpg 1600x1200]},
     * {@code [voice 12]}, {@code [file report.pdf 482133]} or {@code [video clip.mp4 1280x720 9]}.
     */
    private Message line(String chatID, String accountID, List<User> people, String raw, Instant at, int index,
                         List<Message> earlier) {
        int bar = raw.indexOf('|');
        User sender = people.get(Integer.parseInt(raw.substring(0, bar)));
        String text = raw.substring(bar + 1);
        String linked = null;
        if (text.startsWith(">")) {
            int space = text.indexOf(' ');
            linked = earlier.get(Integer.parseInt(text.substring(1, space))).id();
            text = text.substring(space + 1);
        }
        List<MessageAttachment> attachments = List.of();
        String type = "TEXT";
        if (text.startsWith("[") && text.endsWith("]")) {
            String[] parts = text.substring(1, text.length() - 1).split(" ");
            String mediaID = "mxc://local.beeper.com/seed" + messageNumber;
            attachments = List.of(attachment(parts, mediaID));
            type = switch (parts[0]) {
                case "image", "gif" -> "IMAGE";
                case "voice" -> "VOICE";
                case "video" -> "VIDEO";
                case "sticker" -> "STICKER";
                default -> "FILE";
            };
            text = null;
        }
        String sortKey = SandboxWorld.formatSortKey(at.toEpochMilli() * 1000 + index);
        boolean mine = Boolean.TRUE.equals(sender.isSelf());
        SendStatus status = mine ? new SendStatus(SendStatus.SUCCESS, at.plusSeconds(1).toString(), null, null,
                null, null) : null;
        return new Message(Long.toString(messageNumber++), chatID, accountID, sender.id(), sender.fullName(),
                sortKey, at.toString(), MarkdownHtml.toHtml(text), type, mine, linked, attachments, status, null,
                null);
    }

    private static MessageAttachment attachment(String[] p, String id) {
        return switch (p[0]) {
            case "image" -> new MessageAttachment("img", id, p[1], 245_000L + p[1].length() * 1000L,
                    p[1].endsWith(".png") ? "image/png" : "image/jpeg", null, size(p[2]), false, false, false, id,
                    null);
            case "gif" -> new MessageAttachment("img", id, p[1], 880_000L, "image/gif", null, size(p[2]), true,
                    false, false, id, null);
            case "sticker" -> new MessageAttachment("img", id, "sticker.webp", 31_000L, "image/webp", null,
                    new MediaSize(512, 512), false, true, false, id, null);
            case "voice" -> new MessageAttachment("audio", id, "voice-message.ogg",
                    Long.parseLong(p[1]) * 4_100L, "audio/ogg", Double.parseDouble(p[1]), null, false, false, true,
                    id, null);
            case "video" -> new MessageAttachment("video", id, p[1], 3_400_000L, "video/mp4",
                    Double.parseDouble(p[3]), size(p[2]), false, false, false, id, null);
            default -> new MessageAttachment("unknown", id, p[1], Long.parseLong(p[2]),
                    MediaTypes.byExtension(p[1]), null, null, false, false, false, id, null);
        };
    }

    private static MediaSize size(String wxh) {
        String[] p = wxh.split("x");
        return new MediaSize(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }

    // ---- capabilities, shaped like the bridges report them ----

    private static Map<String, Integer> formatting(String... features) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String f : features) {
            map.put(f, 2);
        }
        return map;
    }

    private static AttachmentCapability cap(long maxSize, Map<String, Integer> mimeTypes) {
        return new AttachmentCapability(mimeTypes, maxSize, null, null, null, 2, 1024);
    }

    private static Map<String, AttachmentCapability> fullMedia(long fileMax) {
        Map<String, AttachmentCapability> a = new LinkedHashMap<>();
        a.put("m.image", cap(16L << 20, Map.of("image/png", 2, "image/jpeg", 2, "image/gif", 2, "image/webp", 2)));
        a.put("m.video", cap(64L << 20, Map.of("video/mp4", 2, "video/quicktime", 1, "video/webm", 1)));
        a.put("m.audio", cap(16L << 20, Map.of("audio/*", 2)));
        a.put("org.matrix.msc3245.voice", new AttachmentCapability(Map.of("audio/ogg", 2, "audio/mpeg", 1),
                16L << 20, null, null, 900.0, 0, null));
        a.put("m.file", cap(fileMax, Map.of("*/*", 2)));
        a.put("m.sticker", new AttachmentCapability(Map.of("image/webp", 2, "image/png", 1), 1L << 20, 512, 512,
                null, 0, null));
        return a;
    }

    private static ChatCapabilities whatsapp() {
        return new ChatCapabilities(65_536, 2, fullMedia(2L << 30),
                formatting("bold", "italic", "strikethrough", "inline_code", "code_block"));
    }

    private static ChatCapabilities telegram() {
        return new ChatCapabilities(4096, 2, fullMedia(2L << 30), formatting("bold", "italic", "strikethrough",
                "underline", "inline_code", "code_block", "code_block.syntax_highlighting", "link", "spoiler"));
    }

    private static ChatCapabilities signal() {
        return new ChatCapabilities(2000, 2, fullMedia(100L << 20),
                formatting("bold", "italic", "strikethrough", "inline_code", "spoiler"));
    }

    private static ChatCapabilities slack(Map<String, AttachmentCapability> attachments, int reply) {
        Map<String, AttachmentCapability> media = attachments != null ? attachments : fullMedia(1L << 30);
        return new ChatCapabilities(40_000, reply, media,
                formatting("bold", "italic", "strikethrough", "inline_code", "code_block", "link"));
    }

    private static Map<String, AttachmentCapability> imagesOnly() {
        return Map.of("m.image", new AttachmentCapability(
                Map.of("image/png", 2, "image/jpeg", 2, "image/gif", 2, "image/webp", 2), IMAGES_ONLY_MAX_BYTES,
                null, null, null, 2, 4000));
    }

    private static ChatCapabilities sms() {
        return new ChatCapabilities(SHORT_TEXT_MAX_LENGTH, 0,
                Map.of("m.image", cap(1L << 20, Map.of("image/jpeg", 1, "image/png", 1, "image/gif", 1))), null);
    }

    private static ChatCapabilities imessage() {
        return new ChatCapabilities(20_000, 2, fullMedia(100L << 20),
                formatting("bold", "italic", "strikethrough", "underline"));
    }
}
