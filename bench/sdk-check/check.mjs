// Runs the official TypeScript SDK (@beeper/desktop-api 5.0.0) against a running sandbox, one call
// per route the app uses, and prints what came back. Exits non-zero on the first failure.
import BeeperDesktop from '@beeper/desktop-api';
import { toFile } from '@beeper/desktop-api/uploads';

const client = new BeeperDesktop(); // BEEPER_BASE_URL and BEEPER_ACCESS_TOKEN from the environment
const results = [];

async function step(name, fn) {
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name}: ${detail}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${e?.status ?? ''} ${e?.message ?? e}`);
  }
}

// A 2x1 PNG, small enough to inline.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGNkYPjPwMDAAAAHBQEAT7ehWwAAAABJRU5ErkJggg==',
  'base64',
);

let chatID;
let localChatID;
await step('info.retrieve', async () => {
  const info = await client.info.retrieve();
  return `${info.app.name} ${info.app.version}, ws ${info.endpoints.ws_events}`;
});
await step('accounts.list', async () => {
  const accounts = await client.accounts.list();
  return accounts.map((a) => a.network).join(', ');
});
await step('chats.list', async () => {
  const page = await client.chats.list();
  chatID = page.items[0].id;
  localChatID = page.items[0].localChatID;
  let total = 0;
  for await (const chat of client.chats.list()) total++;
  return `${page.items.length} on the first page, ${total} in all, first "${page.items[0].title}" (preview: ${page.items[0].preview ? 'yes' : 'no'})`;
});
await step('chats.search', async () => {
  const titles = await client.chats.search({ query: 'crew', scope: 'titles' });
  const people = await client.chats.search({ query: 'carol', scope: 'participants', type: 'group' });
  let paged = 0;
  for await (const chat of client.chats.search({ limit: 3 })) paged++;
  return `titles "crew" -> ${titles.items.map((c) => c.title).join(', ')}; participants "carol" groups -> ${people.items.map((c) => c.title).join(', ')}; auto-paged (limit 3) ${paged}`;
});
await step('chats.retrieve', async () => {
  const byID = await client.chats.retrieve(chatID);
  const byLocal = await client.chats.retrieve(localChatID);
  return `${byID.title}, by local ID ${localChatID} -> same chat: ${byID.id === byLocal.id}`;
});
await step('chats.update (draft)', async () => {
  await client.chats.update(chatID, { draft: null });
  const set = await client.chats.update(chatID, { draft: { text: 'draft with **bold**' } });
  let refused = 'accepted (unexpected)';
  try {
    await client.chats.update(chatID, { draft: { text: 'second' } });
  } catch (e) {
    refused = `refused ${e.status} ${e.error?.code}`;
  }
  const cleared = await client.chats.update(chatID, { draft: null });
  return `set -> "${set.draft?.text}", second non-empty draft ${refused}, cleared -> ${cleared.draft ?? null}`;
});
await step('messages.list', async () => {
  const page = await client.messages.list(chatID);
  let total = 0;
  for await (const m of client.messages.list(chatID)) total++;
  return `${page.items.length} on the first page, ${total} in all`;
});
let sent;
await step('messages.send', async () => {
  const recent = await client.messages.list(chatID);
  sent = await client.messages.send(chatID, { text: 'Hello from the **TypeScript SDK**', replyToMessageID: recent.items[0].id });
  return `pendingMessageID ${sent.pendingMessageID}`;
});
await step('messages.retrieve (pending -> final)', async () => {
  const first = await client.messages.retrieve(sent.pendingMessageID, { chatID: sent.chatID });
  let message = first;
  for (let i = 0; i < 100 && message.id === sent.pendingMessageID && message.sendStatus?.status === 'PENDING'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    message = await client.messages.retrieve(sent.pendingMessageID, { chatID: sent.chatID });
  }
  return `first ${first.id} ${first.sendStatus?.status}, then ${message.id} ${message.sendStatus?.status}, text ${message.text}`;
});
let uploadID;
await step('assets.upload', async () => {
  const up = await client.assets.upload({ file: await toFile(png, 'dot.png') });
  uploadID = up.uploadID;
  return `${up.uploadID} ${up.mimeType} ${up.width}x${up.height} ${up.fileSize} B ${up.srcURL}`;
});
await step('assets.uploadBase64', async () => {
  const up = await client.assets.uploadBase64({ content: png.toString('base64'), fileName: 'dot64.png' });
  return `${up.uploadID} ${up.mimeType} ${up.width}x${up.height} ${up.fileName}`;
});
await step('messages.send (attachment)', async () => {
  const s = await client.messages.send(chatID, { attachment: { uploadID, type: 'sticker', size: { width: 512, height: 512 } } });
  return `pendingMessageID ${s.pendingMessageID}`;
});
await step('validation error shape', async () => {
  try {
    await client.messages.send(chatID, { attachment: { uploadID: 'nope' } });
    return 'accepted (unexpected)';
  } catch (e) {
    return `${e.status} ${e.error?.code}: ${JSON.stringify(e.error?.details?.issues?.map((i) => i.path))}`;
  }
});

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed}/${results.length} steps passed`);
process.exit(failed ? 1 : 0);
