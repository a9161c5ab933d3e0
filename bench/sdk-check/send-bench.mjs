// The reference for SendBench: the official SDK sending the same messages to the same sandbox,
// one after another and with a number in flight. Prints one line: "sequential-ms parallel-ms".
// Usage: node send-bench.mjs CHAT_ID COUNT IN_FLIGHT; BEEPER_BASE_URL and BEEPER_ACCESS_TOKEN set.
import BeeperDesktop from '@beeper/desktop-api';

const [chatID, count, inFlight] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const client = new BeeperDesktop({ maxRetries: 0, timeout: 10_000 });

for (let i = 0; i < 50; i++) await client.messages.send(chatID, { text: `warm-up ${i}` });

let start = performance.now();
for (let i = 0; i < count; i++) await client.messages.send(chatID, { text: `bench ${i}` });
const sequential = performance.now() - start;

start = performance.now();
let next = 0;
async function lane() {
  while (next < count) {
    const i = next++;
    await client.messages.send(chatID, { text: `bench ${i}` });
  }
}
await Promise.all(Array.from({ length: inFlight }, lane));
const parallel = performance.now() - start;

console.log(`${sequential.toFixed(1)} ${parallel.toFixed(1)}`);
