package com.beepercomposer.sandbox;

import com.beepercomposer.media.MediaTypes;

import com.beepercomposer.sandbox.WireChat.AttachmentCapability;
import com.beepercomposer.sandbox.WireChat.Capabilities;
import com.beepercomposer.sandbox.WireMessage.Attachment;
import com.beepercomposer.sandbox.WireMessage.Size;
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
    /** A Telegram channel the user only reads: sends fail (at once with 403 when capabilities are strict). */
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

    static List<WireAccount> accounts() {
        return List.of(
                new WireAccount(WA, "WhatsApp", self("@whatsapp_15550100001:local-whatsapp.localhost", "+15550100001"),
                        new WireAccount.Bridge("local-whatsapp", "local", "whatsapp")),
                new WireAccount(TG, "Telegram", self("@telegram_5550100001:local-telegram.localhost", "+15550100001"),
                        new WireAccount.Bridge("local-telegram", "local", "telegram")),
                new WireAccount(SIG, "Signal", self("@signal_0a1b2c3d:local-signal.localhost", "+15550100001"),
                        new WireAccount.Bridge("local-signal", "local", "signal")),
                new WireAccount(SLACK, "Slack", self("@slackgo_T04BEEPER1-U04SANDBX1:beeper.com", null),
                        new WireAccount.Bridge("slackgo", "cloud", "slackgo")),
                new WireAccount(IMSG, "iMessage", self("@imessagego_sandbox:beeper.local", "+15550100001"),
                        new WireAccount.Bridge("imessagego", "platform-sdk", "imessagego")));
    }

    private static WireUser self(String id, String phone) {
        return new WireUser(id, null, "sam@example.com", "Sam Sandbox", null, true, phone, "sam.sandbox", null, null,
                null);
    }

    private void buildChats() {
        WireUser meWa = person("@whatsapp_15550100001:local-whatsapp.localhost", "Sam Sandbox", null, true);
        WireUser alice = person("@whatsapp_15550101002:local-whatsapp.localhost", "Alice Martin", "+15550101002", false);
        chat(ALICE_CHAT_ID, ALICE_LOCAL_CHAT_ID, WA, "WhatsApp", "Alice Martin", "single", List.of(meWa, alice),
                false, whatsapp(), 0, 7, Script.ALICE);

        WireUser mum = person("@whatsapp_15550107788:local-whatsapp.localhost", "Mum", "+15550107788", false);
        WireUser leo = person("@whatsapp_15550103344:local-whatsapp.localhost", "Leo Sandbox", "+15550103344", false);
        WireUser nina = person("@whatsapp_15550105566:local-whatsapp.localhost", "Nina Sandbox", "+15550105566", false);
        chat(FAMILY_CHAT_ID, "1202", WA, "WhatsApp", "Family \uD83C\uDFE1", "group",
                List.of(meWa, mum, leo, nina), false, whatsapp(), 2, 11, Script.FAMILY);

        WireUser meTg = person("@telegram_5550100001:local-telegram.localhost", "Sam Sandbox", null, true);
        WireUser bob = person("@telegram_5550102003:local-telegram.localhost", "Bob Chen", null, false);
        chat(BOB_CHAT_ID, "1203", TG, "Telegram", "Bob Chen", "single", List.of(meTg, bob), false, telegram(), 1,
                23, Script.BOB);
        WireUser news = person("@telegram_channel_1555010400:local-telegram.localhost", "Tech News Daily", null, false);
        chat(READ_ONLY_CHAT_ID, "1204", TG, "Telegram", "Tech News Daily", "group", List.of(meTg, news), true,
                telegram(), 5, 31, Script.NEWS);

        WireUser meSig = person("@signal_0a1b2c3d:local-signal.localhost", "Sam Sandbox", null, true);
        WireUser carol = person("@signal_3f1c9a2e:local-signal.localhost", "Carol Diaz", "+15550104455", false);
        chat(CAROL_CHAT_ID, "1205", SIG, "Signal", "Carol Diaz", "single", List.of(meSig, carol), false, signal(),
                0, 47, Script.CAROL);
        WireUser dan = person("@signal_7e8f9a0b:local-signal.localhost", "Dan Okafor", "+15550106677", false);
        WireUser priya = person("@signal_1c2d3e4f:local-signal.localhost", "Priya Nair", "+15550108899", false);
        chat(CLIMBING_CHAT_ID, "1206", SIG, "Signal", "Climbing Crew \uD83E\uDDD7", "group",
                List.of(meSig, carol, dan, priya), false, signal(), 3, 63, Script.CLIMBING);

        WireUser meSlack = person("@slackgo_T04BEEPER1-U04SANDBX1:beeper.com", "Sam Sandbox", "sam", true);
        WireUser erin = person("@slackgo_T04BEEPER1-U04ERINW01:beeper.com", "Erin Walsh", "erin", false);
        WireUser marco = person("@slackgo_T04BEEPER1-U04MARCO01:beeper.com", "Marco Rossi", "marco", false);
        WireUser deployBot = new WireUser("@slackgo_T04BEEPER1-B04DEPLOY1:beeper.com", null, null, "Deploy Bot",
                null, false, null, "deploybot", null, true, null);
        chat(ERIN_CHAT_ID, "1207", SLACK, "Slack", "Erin Walsh", "single", List.of(meSlack, erin), false,
                slack(null, 2), 0, 95, Script.ERIN);
        chat(IMAGES_ONLY_CHAT_ID, "1208", SLACK, "Slack", "#design-reviews", "group",
                List.of(meSlack, erin, marco), false, slack(imagesOnly(), 2), 1, 130, Script.DESIGN);
        chat(REPLIES_REJECTED_CHAT_ID, "1209", SLACK, "Slack", "#deploys", "group",
                List.of(meSlack, marco, deployBot), false, slack(null, -2), 0, 170, Script.DEPLOYS);

        WireUser meIm = person("@imessagego_sandbox:beeper.local", "Sam Sandbox", null, true);
        WireUser dentist = person("@imessagego_tel_15550148822:beeper.local", "+1 (555) 014-8822", "+15550148822",
                false);
        chat(SHORT_TEXT_CHAT_ID, "1210", IMSG, "iMessage", "Bright Smile Dental", "single", List.of(meIm, dentist),
                false, sms(), 0, 240, Script.DENTIST);
        WireUser mom = person("@imessagego_tel_15550107788:beeper.local", "Mom", "+15550107788", false);
        chat(MOM_CHAT_ID, "1211", IMSG, "iMessage", "Mom", "single", List.of(meIm, mom), false, imessage(), 2, 300,
                Script.MOM);
    }

    private static WireUser person(String id, String name, String phone, boolean self) {
        return WireUser.person(id, name, phone, self);
    }

    /**
     * Adds a chat whose last message was {@code minutesAgo} before {@link #NOW}; the script's lines
     * are spaced a few minutes apart going back from there.
     */
    private void chat(String id, String localID, String accountID, String network, String title, String type,
                      List<WireUser> people, boolean readOnly, Capabilities caps, int unread, int minutesAgo,
                      String[] script) {
        Instant last = NOW.minus(Duration.ofMinutes(minutesAgo));
        List<WireMessage> messages = new ArrayList<>();
        for (int i = 0; i < script.length; i++) {
            Instant at = last.minus(Duration.ofMinutes((long) (script.length - 1 - i) * 9 + (i % 3)));
            messages.add(line(id, accountID, people, script[i], at, i, messages, script.length - i <= unread));
        }
        WireChat chat = new WireChat(id, accountID, network, new WireChat.Participants(false, people, people.size()),
                title, type, unread, caps, type.equals("group") ? "The " + title + " group (sandbox)" : null, null,
                type.equals("group") ? "mxc://local.beeper.com/avatar" + localID : null, false, false,
                unread > 2, false, false, readOnly ? Boolean.TRUE : null,
                messages.get(messages.size() - 1).timestamp(), null, localID,
                network.equals("Signal") ? 604_800 : null, null, null, 0, null);
        chats.add(new SandboxWorld.ChatSeed(chat, messages));
    }

    /**
     * One script line: {@code "<sender index>|<text>"}. The text may start with {@code >N } to
     * reply to line N, and may be an attachment marker such as {@code [image beach.jpg 1600x1200]},
     * {@code [voice 12]}, {@code [file report.pdf 482133]} or {@code [video clip.mp4 1280x720 9]}.
     */
    private WireMessage line(String chatID, String accountID, List<WireUser> people, String raw, Instant at,
                             int index, List<WireMessage> earlier, boolean unread) {
        int bar = raw.indexOf('|');
        WireUser sender = people.get(Integer.parseInt(raw.substring(0, bar)));
        String text = raw.substring(bar + 1);
        String linked = null;
        if (text.startsWith(">")) {
            int space = text.indexOf(' ');
            linked = earlier.get(Integer.parseInt(text.substring(1, space))).id();
            text = text.substring(space + 1);
        }
        List<Attachment> attachments = List.of();
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
        boolean mine = sender.self();
        WireMessage.SendStatus status = mine
                ? WireMessage.SendStatus.of(WireMessage.SUCCESS, at.plusSeconds(1).toString()) : null;
        String id = Long.toString(messageNumber++);
        // Every seventh line carries a reaction from the first other participant, so lists show some.
        List<WireMessage.Reaction> reactions = index % 7 == 3 ? List.of(new WireMessage.Reaction(
                "r" + id, people.get(mine ? 1 : 0).id(), "\uD83D\uDC4D", true, null)) : List.of();
        return new WireMessage(id, accountID, chatID, sender.id(), sortKey, at.toString(), attachments, null, false,
                false, mine, !mine && unread, linked, reactions, sender.fullName(), status,
                MarkdownHtml.toHtml(text), type);
    }

    private static Attachment attachment(String[] p, String id) {
        return switch (p[0]) {
            case "image" -> new Attachment("img", id, p[1], 245_000L + p[1].length() * 1000L,
                    p[1].endsWith(".png") ? "image/png" : "image/jpeg", null, size(p[2]), false, false, false, id,
                    null);
            case "gif" -> new Attachment("img", id, p[1], 880_000L, "image/gif", null, size(p[2]), true,
                    false, false, id, null);
            case "sticker" -> new Attachment("img", id, "sticker.webp", 31_000L, "image/webp", null,
                    new Size(512, 512), false, true, false, id, null);
            case "voice" -> new Attachment("audio", id, "voice-message.ogg",
                    Long.parseLong(p[1]) * 4_100L, "audio/ogg", Double.parseDouble(p[1]), null, false, false, true,
                    id, null);
            case "video" -> new Attachment("video", id, p[1], 3_400_000L, "video/mp4",
                    Double.parseDouble(p[3]), size(p[2]), false, false, false, id, null);
            default -> new Attachment("unknown", id, p[1], Long.parseLong(p[2]),
                    MediaTypes.byExtension(p[1]), null, null, false, false, false, id, null);
        };
    }

    private static Size size(String wxh) {
        String[] p = wxh.split("x");
        return new Size(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
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
        return new AttachmentCapability(mimeTypes, 2, 1024, null, null, maxSize, null);
    }

    private static Map<String, AttachmentCapability> fullMedia(long fileMax) {
        Map<String, AttachmentCapability> a = new LinkedHashMap<>();
        a.put("m.image", cap(16L << 20, Map.of("image/png", 2, "image/jpeg", 2, "image/gif", 2, "image/webp", 2)));
        a.put("m.video", cap(64L << 20, Map.of("video/mp4", 2, "video/quicktime", 1, "video/webm", 1)));
        a.put("m.audio", cap(16L << 20, Map.of("audio/*", 2)));
        a.put("org.matrix.msc3245.voice", new AttachmentCapability(Map.of("audio/ogg", 2, "audio/mpeg", 1),
                0, null, 900.0, null, 16L << 20, null));
        a.put("m.file", cap(fileMax, Map.of("*/*", 2)));
        a.put("m.sticker", new AttachmentCapability(Map.of("image/webp", 2, "image/png", 1), 0, null, null, 512,
                1L << 20, 512));
        return a;
    }

    private static Capabilities whatsapp() {
        return caps(65_536, 2, fullMedia(2L << 30),
                formatting("bold", "italic", "strikethrough", "inline_code", "code_block"));
    }

    private static Capabilities telegram() {
        return caps(4096, 2, fullMedia(2L << 30), formatting("bold", "italic", "strikethrough",
                "underline", "inline_code", "code_block", "code_block.syntax_highlighting", "link", "spoiler"));
    }

    private static Capabilities signal() {
        return caps(2000, 2, fullMedia(100L << 20),
                formatting("bold", "italic", "strikethrough", "inline_code", "spoiler"));
    }

    private static Capabilities slack(Map<String, AttachmentCapability> attachments, int reply) {
        Map<String, AttachmentCapability> media = attachments != null ? attachments : fullMedia(1L << 30);
        return caps(40_000, reply, media,
                formatting("bold", "italic", "strikethrough", "inline_code", "code_block", "link"));
    }

    /** Edit, delete and reactions fully supported; the rest as given. */
    private static Capabilities caps(int maxTextLength, int reply, Map<String, AttachmentCapability> attachments,
                                     Map<String, Integer> formatting) {
        return new Capabilities(attachments, 2, 2, formatting, maxTextLength, 2, reply);
    }

    private static Map<String, AttachmentCapability> imagesOnly() {
        return Map.of("m.image", new AttachmentCapability(
                Map.of("image/png", 2, "image/jpeg", 2, "image/gif", 2, "image/webp", 2), 2, 4000, null, null,
                IMAGES_ONLY_MAX_BYTES, null));
    }

    private static Capabilities sms() {
        return caps(SHORT_TEXT_MAX_LENGTH, 0,
                Map.of("m.image", cap(1L << 20, Map.of("image/jpeg", 1, "image/png", 1, "image/gif", 1))), null);
    }

    private static Capabilities imessage() {
        return caps(20_000, 2, fullMedia(100L << 20),
                formatting("bold", "italic", "strikethrough", "underline"));
    }
}
