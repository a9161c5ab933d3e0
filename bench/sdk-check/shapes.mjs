// The response shapes @beeper/desktop-api 5.0.0 declares (src/resources/*.ts), written out as
// data so every answer the sandbox gives can be checked against them: required fields present
// with the declared types, optional ones typed when present, enum values within their sets, and
// no field the SDK does not declare.

const LEVEL = { enum: [-2, -1, 0, 1, 2] };
const str = 'string';
const num = 'number';
const bool = 'boolean';
const nullable = (t) => ({ nullable: t });
const arr = (t) => ({ array: t });
const map = (t) => ({ map: t });
const oneOf = (...values) => ({ enum: values });
const obj = (required, optional = {}) => ({ required, optional });

export const User = obj({ id: str }, {
  cannotMessage: bool, email: str, fullName: str, imgURL: str, isSelf: bool, phoneNumber: str, username: str,
});
export const Participant = obj(User.required, { ...User.optional, isAdmin: bool, isNetworkBot: bool, isPending: bool });
const Size = obj({}, { height: num, width: num });
export const Attachment = obj({ type: oneOf('unknown', 'img', 'video', 'audio') }, {
  id: str, duration: num, fileName: str, fileSize: num, isGif: bool, isSticker: bool, isVoiceNote: bool,
  mimeType: str, posterImg: str, size: Size,
  srcURL: str, transcription: obj({ engine: str, transcription: str }, { language: str }),
});
export const Reaction = obj({ id: str, participantID: str, reactionKey: str }, { emoji: bool, imgURL: str });
const SendStatus = obj({ status: oneOf('SUCCESS', 'PENDING', 'FAIL_RETRIABLE', 'FAIL_PERMANENT'), timestamp: str }, {
  deliveredToUsers: arr(str), internalError: str, message: str, reason: str,
});
export const Message = obj({ id: str, accountID: str, chatID: str, senderID: str, sortKey: str, timestamp: str }, {
  attachments: arr(Attachment), editedTimestamp: str, isDeleted: bool, isHidden: bool, isSender: bool,
  isUnread: bool, linkedMessageID: str, links: arr(obj({ title: str, url: str }, {
    favicon: str, img: str, imgSize: Size, originalURL: str, summary: str })),
  mentions: nullable(arr(str)), reactions: arr(Reaction), seen: 'any', senderName: str, sendStatus: SendStatus,
  text: str,
  type: oneOf('TEXT', 'NOTICE', 'IMAGE', 'VIDEO', 'VOICE', 'AUDIO', 'FILE', 'STICKER', 'LOCATION', 'REACTION'),
});
export const MessageUpdateResponse = obj({ ...Message.required, messageID: str, success: oneOf(true) },
  Message.optional);
const AttachmentCapability = obj({ mimeTypes: map(LEVEL) }, {
  caption: LEVEL, maxCaptionLength: num, maxDuration: num, maxHeight: num, maxSize: num, maxWidth: num,
  viewOnce: bool,
});
const Capabilities = obj({}, {
  allowedReactions: arr(str), archive: bool, attachments: map(AttachmentCapability), customEmojiReactions: bool,
  delete: LEVEL, deleteChat: bool, deleteChatForEveryone: bool, deleteForMe: bool, deleteMaxAge: num,
  disappearingTimer: 'any', edit: LEVEL, editMaxAge: num, editMaxCount: num, formatting: map(LEVEL),
  locationMessage: LEVEL, markAsUnread: bool, maxTextLength: num, messageRequest: 'any',
  participantActions: 'any', poll: LEVEL, reaction: LEVEL, reactionCount: num, readReceipts: bool, reply: LEVEL,
  state: 'any', thread: LEVEL, typingNotifications: bool,
});
const DraftAttachment = obj({ id: str, type: oneOf('file', 'gif', 'recorded_audio') }, {
  audioDurationSeconds: num, fileName: str, filePath: str, fileSize: num, mimeType: str, size: Size, stickerID: str,
});
export const Chat = obj({
  id: str, accountID: str, network: str, title: str, type: oneOf('single', 'group'), unreadCount: num,
  participants: obj({ hasMore: bool, items: arr(Participant), total: num }),
}, {
  capabilities: Capabilities, description: nullable(str),
  draft: nullable(obj({ text: str }, { attachments: map(DraftAttachment) })), imgURL: nullable(str),
  isArchived: bool, isLowPriority: bool, isMarkedUnread: bool, isMuted: bool, isPinned: bool, isReadOnly: bool,
  lastActivity: str, lastReadMessageSortKey: str, localChatID: nullable(str), messageExpirySeconds: nullable(num),
  reminder: nullable(obj({}, { dismissOnIncomingMessage: bool, remindAt: str })),
  snooze: nullable(obj({}, { snoozeUntil: str, userSnoozedAt: str })), unreadMentionsCount: num,
});
export const ChatListItem = obj(Chat.required, { ...Chat.optional, preview: Message });
export const page = (item) => obj({ items: arr(item), hasMore: bool, oldestCursor: nullable(str),
  newestCursor: nullable(str) });
export const Account = obj({
  accountID: str, user: User,
  bridge: obj({ id: str, provider: oneOf('cloud', 'self-hosted', 'local', 'platform-sdk'), type: str }),
}, { network: str });
export const Info = obj({
  app: obj({ bundle_id: str, name: str, version: str }),
  endpoints: obj({ mcp: str, spec: str, ws_events: str, oauth: obj({
    authorization_endpoint: str, introspection_endpoint: str, registration_endpoint: str,
    revocation_endpoint: str, token_endpoint: str, userinfo_endpoint: str }) }),
  platform: obj({ arch: str, os: str }, { release: str }),
  server: obj({ base_url: str, hostname: str, mcp_enabled: bool, port: num, remote_access: bool, status: str }),
});
export const Upload = obj({}, {
  duration: num, error: str, fileName: str, fileSize: num, height: num, mimeType: str, srcURL: str, uploadID: str,
  width: num,
});
export const SendResponse = obj({ chatID: str, pendingMessageID: str });
export const FocusResponse = obj({ success: bool });
export const ErrorBody = obj({ code: str, message: str }, { details: 'any' });
export const ValidationIssue = obj({ code: str, message: str, path: arr({ union: [str, num] }) });

/** Every way `value` breaks `shape`, as "path: problem" strings; empty when it conforms. */
export function problems(value, shape, path = '$') {
  const out = [];
  check(value, shape, path, out);
  return out;
}

function typeOf(v) {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function check(v, shape, path, out) {
  if (shape === 'any') return;
  if (typeof shape === 'string') {
    if (typeOf(v) !== shape) out.push(`${path}: expected ${shape}, got ${typeOf(v)} ${JSON.stringify(v)}`);
    return;
  }
  if (shape.nullable) {
    if (v !== null) check(v, shape.nullable, path, out);
    return;
  }
  if (shape.enum) {
    if (!shape.enum.includes(v)) out.push(`${path}: ${JSON.stringify(v)} is not one of ${JSON.stringify(shape.enum)}`);
    return;
  }
  if (shape.union) {
    if (!shape.union.some((s) => problems(v, s).length === 0)) out.push(`${path}: ${JSON.stringify(v)} fits no declared type`);
    return;
  }
  if (shape.array) {
    if (!Array.isArray(v)) { out.push(`${path}: expected an array, got ${typeOf(v)}`); return; }
    v.forEach((item, i) => check(item, shape.array, `${path}[${i}]`, out));
    return;
  }
  if (shape.map) {
    if (typeOf(v) !== 'object') { out.push(`${path}: expected an object, got ${typeOf(v)}`); return; }
    for (const [k, item] of Object.entries(v)) check(item, shape.map, `${path}.${k}`, out);
    return;
  }
  if (typeOf(v) !== 'object') { out.push(`${path}: expected an object, got ${typeOf(v)}`); return; }
  for (const [k, s] of Object.entries(shape.required)) {
    if (!(k in v) || v[k] === undefined) out.push(`${path}.${k}: required but missing`);
    else check(v[k], s, `${path}.${k}`, out);
  }
  for (const [k, item] of Object.entries(v)) {
    if (k in shape.required) continue;
    if (!(k in shape.optional)) { out.push(`${path}.${k}: not declared by the SDK`); continue; }
    if (item !== undefined) check(item, shape.optional[k], `${path}.${k}`, out);
  }
}
