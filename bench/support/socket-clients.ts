/**
 * One load-generating process of bench/sockets.ts (forked, so the clients of 5,000 sockets are
 * spread over several processes and the generator is not the bottleneck). The parent drives it
 * by IPC: `connect` (open the sockets, join each one's room), `send` (its share of the message
 * rate for some seconds), `report` (what its sockets received), `close`.
 * A message's body carries its send time, so latency is measured where it lands, in any process.
 */
import { io as connect, type Socket } from 'socket.io-client';

export type ClientSpec = { url: string; token: string; roomId: number; member: number };
export type ParentMessage =
  | { type: 'connect'; clients: ClientSpec[]; concurrency: number }
  | { type: 'send'; rate: number; seconds: number; counted: boolean }
  | { type: 'report' }
  | { type: 'close' };
export type ChildMessage =
  | { type: 'connected'; failed: number; ms: number }
  | { type: 'sent'; sent: number; acked: number; failed: number; ackLatencies: number[] }
  | { type: 'report'; deliveries: number; latencies: number[]; slowest: [string, number, number][] };

type Message = { id: number; body: string };
const now = () => performance.timeOrigin + performance.now();
const tag = `${process.pid}`;

const sockets: { socket: Socket; spec: ClientSpec }[] = [];
let deliveries = 0;
let latencies: number[] = [];
// Per counted message: how many members got it and the slowest of them.
let perMessage = new Map<string, [count: number, slowest: number]>();
let seq = 0;

function onMessage(m: Message) {
  const [from, kind, sentAt] = m.body.split('|');
  if (kind !== 'c' || !from || !sentAt) return;
  const latency = now() - Number(sentAt);
  deliveries++;
  latencies.push(latency);
  const key = `${from}:${m.id}`;
  const entry = perMessage.get(key);
  if (entry) {
    entry[0]++;
    entry[1] = Math.max(entry[1], latency);
  } else perMessage.set(key, [1, latency]);
}

async function open(spec: ClientSpec) {
  const socket = connect(spec.url, { transports: ['websocket'], auth: { token: spec.token }, reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const ack = await socket.emitWithAck('room:join', { roomId: spec.roomId });
  if (!ack.ok) throw new Error(`room:join failed: ${JSON.stringify(ack)}`);
  socket.on('message:new', onMessage);
  return socket;
}

async function connectAll(specs: ClientSpec[], concurrency: number) {
  const started = Date.now();
  let next = 0;
  let failed = 0;
  const lanes = Array.from({ length: concurrency }, async () => {
    while (next < specs.length) {
      const spec = specs[next++]!;
      try {
        sockets.push({ socket: await open(spec), spec });
      } catch {
        failed++;
      }
    }
  });
  await Promise.all(lanes);
  // Consecutive sends go to consecutive rooms: senders ordered by seat, then room.
  sockets.sort((a, b) => a.spec.member - b.spec.member || a.spec.roomId - b.spec.roomId);
  return { failed, ms: Date.now() - started };
}

/** `rate` messages/s for `seconds`, due by the clock (a late timer catches up rather than drifting). */
function send(rate: number, seconds: number, counted: boolean) {
  const total = Math.round(rate * seconds);
  const started = now();
  let sent = 0;
  let acked = 0;
  let failed = 0;
  const ackLatencies: number[] = [];
  const pending: Promise<void>[] = [];
  return new Promise<Omit<Extract<ChildMessage, { type: 'sent' }>, 'type'>>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((now() - started) / 1000) * rate));
      for (; sent < due; sent++) {
        const { socket, spec } = sockets[seq++ % sockets.length]!;
        const at = now();
        const body = `${tag}|${counted ? 'c' : 'w'}|${at}`;
        pending.push(
          socket
            .timeout(10_000)
            .emitWithAck('message:send', { roomId: spec.roomId, body, clientId: `${tag}-${seq}` })
            .then((ack: { ok: boolean }) => {
              if (!ack.ok) return void failed++;
              acked++;
              ackLatencies.push(now() - at);
            })
            .catch(() => void failed++),
        );
      }
      if (sent >= total) {
        clearInterval(timer);
        void Promise.all(pending).then(() => resolve({ sent, acked, failed, ackLatencies }));
      }
    }, 5);
  });
}

const reply = (message: ChildMessage) => process.send!(message);

process.on('message', async (message: ParentMessage) => {
  if (message.type === 'connect') reply({ type: 'connected', ...(await connectAll(message.clients, message.concurrency)) });
  else if (message.type === 'send') reply({ type: 'sent', ...(await send(message.rate, message.seconds, message.counted)) });
  else if (message.type === 'report') {
    reply({ type: 'report', deliveries, latencies, slowest: [...perMessage].map(([key, [count, slowest]]) => [key, count, slowest]) });
    deliveries = 0;
    latencies = [];
    perMessage = new Map();
  } else {
    sockets.forEach(({ socket }) => socket.disconnect());
    process.exit(0);
  }
});
