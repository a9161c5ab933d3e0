// Conformance suite: drives every operation Beeper Composer uses through the official SDK
// (@beeper/desktop-api 5.0.0) against a running sandbox and checks each answer against the
// shapes the SDK declares (shapes.mjs). Exits non-zero on any mismatch.
// Environment: BEEPER_BASE_URL, BEEPER_ACCESS_TOKEN. Node 20 needs --experimental-websocket.
import { createHash, randomBytes } from 'node:crypto';
import BeeperDesktop from '@beeper/desktop-api';
import { toFile } from '@beeper/desktop-api/uploads';
import * as S from './shapes.mjs';

const base = process.env.BEEPER_BASE_URL;
const token = process.env.BEEPER_ACCESS_TOKEN;
const client = new BeeperDesktop({ maxRetries: 0, timeout: 10_000 });
const results = [];

async function step(name, fn) {
  try {
    const detail = await fn();
    results.push(true);
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
  } catch (e) {
    results.push(false);
    console.log(`FAIL ${name}: ${e?.status ?? ''} ${e?.message ?? e}`);
  }
}

function conforms(value, shape, what) {
  const found = S.problems(value, shape, what);
  if (found.length) throw new Error(`does not match the SDK's types:\n       ${found.slice(0, 12).join('\n       ')}`);
  return value;
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** The raw JSON body of an SDK call, as the server sent it. */
async function raw(promise) {
  return (await promise.asResponse()).json();
}

/** The call must fail with this status and an error body shaped {code, message, details?}. */
async function fails(status, call) {
  try {
    await call();
  } catch (e) {
    expect(e.status === status, `expected HTTP ${status}, got ${e.status}: ${e.message}`);
    conforms(e.error, S.ErrorBody, 'error');
    return e.error;
  }
  throw new Error(`expected HTTP ${status}, the call succeeded`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGNkYPjPwMDAAAAHBQEAT7ehWwAAAABJRU5ErkJggg==',
  'base64',
);

let info;
let chatID;
let localChatID;
await step('info.retrieve (no token)', async () => {
  info = conforms(await new BeeperDesktop({ accessToken: 'unused', maxRetries: 0 }).info.retrieve(), S.Info, 'info');
  return `${info.app.name} ${info.app.version}`;
});
await step('accounts.list', async () => {
  const { data, response } = await client.accounts.list().withResponse();
  data.forEach((a, i) => conforms(a, S.Account, `accounts[${i}]`));
  expect(response.headers.get('x-beeper-desktop-version'), 'no X-Beeper-Desktop-Version header');
  return `${data.length} accounts, version header ${response.headers.get('x-beeper-desktop-version')}`;
});
await step('a wrong token is a 401 with an error body', async () => {
  await fails(401, () => new BeeperDesktop({ accessToken: 'wrong', maxRetries: 0 }).accounts.list());
});
await step('chats.list (auto-paged)', async () => {
  const first = conforms(await raw(client.chats.list()), S.page(S.ChatListItem), 'page');
  chatID = first.items[0].id;
  localChatID = first.items[0].localChatID;
  let total = 0;
  for await (const chat of client.chats.list()) { conforms(chat, S.ChatListItem, `chat ${chat.id}`); total++; }
  expect(total >= 11, `only ${total} chats`);
  return `${total} chats`;
});
await step('chats.search (scopes, type, paging)', async () => {
  conforms(await raw(client.chats.search({ query: 'crew', scope: 'titles' })), S.page(S.Chat), 'titles');
  const people = conforms(await raw(client.chats.search({ query: 'carol', scope: 'participants', type: 'group' })),
    S.page(S.Chat), 'participants');
  expect(people.items.every((c) => c.type === 'group'), 'type=group returned a single chat');
  let paged = 0;
  for await (const chat of client.chats.search({ limit: 3 })) { conforms(chat, S.Chat, chat.id); paged++; }
  return `auto-paged ${paged} at 3 a page`;
});
await step('chats.retrieve (ID and local ID)', async () => {
  const byID = conforms(await client.chats.retrieve(chatID), S.Chat, 'chat');
  const byLocal = conforms(await client.chats.retrieve(localChatID), S.Chat, 'chat');
  expect(byID.id === byLocal.id, 'the local chat ID names another chat');
  await fails(404, () => client.chats.retrieve('!no-such-chat:beeper.com'));
});
await step('chats.update (draft set and clear)', async () => {
  await client.chats.update(chatID, { draft: null });
  const set = conforms(await client.chats.update(chatID, { draft: { text: 'draft with **bold**' } }), S.Chat, 'chat');
  expect(set.draft?.text, 'the draft did not stick');
  const cleared = conforms(await client.chats.update(chatID, { draft: null }), S.Chat, 'chat');
  expect(cleared.draft == null, 'the draft was not cleared');
});
await step('messages.list (auto-paged)', async () => {
  conforms(await raw(client.messages.list(chatID)), S.page(S.Message), 'page');
  let total = 0;
  for await (const m of client.messages.list(chatID)) { conforms(m, S.Message, `message ${m.id}`); total++; }
  return `${total} messages`;
});

let ws;
const wsEvents = [];
await step('WebSocket: ready, subscribe', async () => {
  expect(typeof WebSocket === 'function', 'no WebSocket in this Node (run with --experimental-websocket)');
  ws = new WebSocket(info.endpoints.ws_events, { headers: { Authorization: `Bearer ${token}` } });
  ws.onmessage = (e) => wsEvents.push(JSON.parse(e.data));
  const ready = await waitFor(() => wsEvents.find((e) => e.type === 'ready'), 'ready');
  expect(ready.version === 1 && Array.isArray(ready.chatIDs), `odd ready frame ${JSON.stringify(ready)}`);
  ws.send(JSON.stringify({ type: 'subscriptions.set', requestID: 'r1', chatIDs: ['*'] }));
  const updated = await waitFor(() => wsEvents.find((e) => e.type === 'subscriptions.updated'), 'subscriptions.updated');
  expect(updated.requestID === 'r1', 'requestID not echoed');
});

let sent;
await step('messages.send (reply) and retrieve pending -> final', async () => {
  const recent = await client.messages.list(chatID);
  sent = conforms(await client.messages.send(chatID, { text: 'Hello from the **SDK**', replyToMessageID: recent.items[0].id }),
    S.SendResponse, 'send');
  let message = conforms(await client.messages.retrieve(sent.pendingMessageID, { chatID: sent.chatID }), S.Message, 'pending');
  for (let i = 0; i < 200 && message.id === sent.pendingMessageID && message.sendStatus?.status === 'PENDING'; i++) {
    await sleep(25);
    message = await client.messages.retrieve(sent.pendingMessageID, { chatID: sent.chatID });
  }
  conforms(message, S.Message, 'final');
  expect(message.linkedMessageID === recent.items[0].id, 'the reply target was lost');
  return `${sent.pendingMessageID} -> ${message.id} ${message.sendStatus?.status ?? '(no status)'}`;
});
await step('WebSocket: message.upserted events', async () => {
  const event = await waitFor(() => wsEvents.find((e) => e.type === 'message.upserted'
    && e.ids?.includes(sent.pendingMessageID)), 'message.upserted');
  expect(Number.isInteger(event.seq) && event.chatID === sent.chatID, `odd event ${JSON.stringify(event).slice(0, 200)}`);
  expect(typeof event.ts === 'number' || typeof event.ts === 'string', 'ts is neither a number nor a string');
  (event.entries ?? []).forEach((m, i) => conforms(m, S.Message, `entries[${i}]`));
});

let uploadID;
await step('assets.upload (multipart)', async () => {
  const up = conforms(await client.assets.upload({ file: await toFile(png, 'dot.png') }), S.Upload, 'upload');
  expect(up.uploadID && up.mimeType === 'image/png', `unexpected upload ${JSON.stringify(up)}`);
  uploadID = up.uploadID;
});
await step('assets.uploadBase64', async () => {
  const up = conforms(await client.assets.uploadBase64({ content: png.toString('base64'), fileName: 'dot64.png' }),
    S.Upload, 'upload');
  expect(up.uploadID, 'no uploadID');
});
await step('messages.send (attachment with overrides)', async () => {
  const s = conforms(await client.messages.send(chatID, { attachment: { uploadID, type: 'image', fileName: 'x.png',
    size: { width: 2, height: 1 } } }), S.SendResponse, 'send');
  const m = conforms(await client.messages.retrieve(s.pendingMessageID, { chatID: s.chatID }), S.Message, 'message');
  expect(m.attachments?.length === 1, 'the attachment is missing');
});

let finalID;
await step('messages.update (edit)', async () => {
  finalID = (await client.messages.retrieve(sent.pendingMessageID, { chatID: sent.chatID })).id;
  const edited = conforms(await client.messages.update(finalID, { chatID, text: 'edited *text*' }),
    S.MessageUpdateResponse, 'updated');
  expect(edited.id === finalID && edited.messageID === finalID, 'the edit answered another message');
});
await step('messages.delete', async () => {
  await client.messages.delete(finalID, { chatID });
  await fails(404, () => client.messages.retrieve(finalID, { chatID }));
  const event = await waitFor(() => wsEvents.find((e) => e.type === 'message.deleted' && e.ids?.includes(finalID)),
    'message.deleted');
  return `message.deleted seq ${event.seq}`;
});
await step('focus', async () => {
  conforms(await client.focus({ chatID, draftText: 'from focus' }), S.FocusResponse, 'focus');
  conforms(await client.focus(), S.FocusResponse, 'focus');
});
await step('validation errors: 400 with {code, message, details.issues}', async () => {
  const error = await fails(400, () => client.messages.send(chatID, { attachment: { uploadID: 'no-such-upload' } }));
  expect(Array.isArray(error.details?.issues) && error.details.issues.length, 'no details.issues');
  error.details.issues.forEach((issue, i) => conforms(issue, S.ValidationIssue, `issues[${i}]`));
});

await step('OAuth: register, authorize (PKCE), token, use, introspect, revoke', async () => {
  const oauth = info.endpoints.oauth;
  const meta = await (await fetch(new URL('/.well-known/oauth-authorization-server', base))).json();
  expect(meta.token_endpoint === oauth.token_endpoint, 'metadata and /v1/info disagree on the token endpoint');
  const redirect = 'http://127.0.0.1:65000/callback';
  const reg = await fetch(oauth.registration_endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_name: 'sdk-check', redirect_uris: [redirect] }) });
  expect(reg.status === 201, `registration answered ${reg.status}`);
  const { client_id: clientID } = await reg.json();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = new URL(oauth.authorization_endpoint);
  Object.entries({ client_id: clientID, redirect_uri: redirect, response_type: 'code', state: 's1',
    code_challenge: challenge, code_challenge_method: 'S256' }).forEach(([k, v]) => authorize.searchParams.set(k, v));
  const approved = await fetch(authorize, { redirect: 'manual' });
  const location = new URL(approved.headers.get('location'));
  expect(location.searchParams.get('state') === 's1', 'state not returned');
  const form = (fields) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields) });
  const tokens = await (await fetch(oauth.token_endpoint, form({ grant_type: 'authorization_code',
    code: location.searchParams.get('code'), client_id: clientID, redirect_uri: redirect, code_verifier: verifier }))).json();
  expect(tokens.access_token && tokens.token_type?.toLowerCase() === 'bearer', `odd token answer ${Object.keys(tokens)}`);
  const oauthClient = new BeeperDesktop({ accessToken: tokens.access_token, maxRetries: 0 });
  (await oauthClient.accounts.list()).forEach((a, i) => conforms(a, S.Account, `accounts[${i}]`));
  const introspected = await (await fetch(oauth.introspection_endpoint, form({ token: tokens.access_token }))).json();
  expect(introspected.active === true, 'introspection says inactive');
  const revoked = await fetch(oauth.revocation_endpoint, form({ token: tokens.access_token }));
  expect(revoked.ok, `revocation answered ${revoked.status}`);
  await fails(401, () => oauthClient.accounts.list());
});

ws?.close();
const failed = results.filter((ok) => !ok).length;
console.log(`sdk-check: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

async function waitFor(find, what) {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await sleep(25);
  }
  throw new Error(`no ${what} within 5 s`);
}
