/**
 * One load-generating process of bench/sockets.ts and bench/chat.ts (forked through
 * client-processes.ts, so a benchmark's sockets are spread over several processes and the
 * generator is not the bottleneck). The parent drives it by IPC: `connect` (open the sockets, join
 * each one's room), `send` (its share of the message rate for some seconds), `report` (what its
 * sockets received), `close`.
 * A message's body carries its send time, so latency is measured where it lands, in any process.
 * A lively connect makes the sockets do what a chat screen does besides talking (bench/chat): each
 * moves its read marker once a second, and every fifth message a sender sends gets a 👍 over HTTP.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io as connect, type Socket } from 'socket.io-client';

export type ClientSpec = { url: string; token: string; roomId: number; member: number };
export type Lively = { reads: boolean; reactions: boolean };
export type ParentMessage =
  | { type: 'connect'; clients: ClientSpec[]; concurrency: number; lively?: Lively }
  /** `text` starts each body (bench/chat sends Korean text, as its room would). */
  | { type: 'send'; rate: number; seconds: number; counted: boolean; text?: string }
  | { type: 'report' }
  | { type: 'close' };
export type ChildMessage =
  | { type: 'connected'; failed: number; ms: number }
  | { type: 'sent'; sent: number; acked: number; failed: number; ackLatencies: number[]; reactions: number; failedReactions: number; loopDelayP99: number }
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
let lively: Lively = { reads: false, reactions: false };
const readTimers: NodeJS.Timeout[] = [];

function onMessage(m: Message) {
  const [from, kind, sentAt] = m.body.split('|').slice(-3);
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
  if (lively.reads) {
    let lastSeen = 0;
    socket.on('message:new', (m: Message) => {
      lastSeen = m.id;
      onMessage(m);
    });
    // Once a second, staggered over the sockets: read up to the newest message this member has seen.
    readTimers.push(
      setTimeout(() => readTimers.push(setInterval(() => lastSeen && socket.emit('room:read', { roomId: spec.roomId, messageId: lastSeen }, () => {}), 1000)), Math.random() * 1000),
    );
  } else socket.on('message:new', onMessage);
  return socket;
}

const react = (spec: ClientSpec, messageId: number) =>
  fetch(`${spec.url}/api/chat/messages/${messageId}/reactions/${encodeURIComponent('👍')}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${spec.token}` },
  }).then(async (res) => {
    await res.arrayBuffer();
    return res.ok;
  });

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
function send(rate: number, seconds: number, counted: boolean, text?: string) {
  const total = Math.round(rate * seconds);
  const started = now();
  let sent = 0;
  let acked = 0;
  let failed = 0;
  let reactions = 0;
  let failedReactions = 0;
  const ackLatencies: number[] = [];
  const pending: Promise<void>[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  return new Promise<Omit<Extract<ChildMessage, { type: 'sent' }>, 'type'>>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((now() - started) / 1000) * rate));
      for (; sent < due; sent++) {
        const { socket, spec } = sockets[seq++ % sockets.length]!;
        const at = now();
        const body = `${text ? `${text} ${seq}|` : ''}${tag}|${counted ? 'c' : 'w'}|${at}`;
        const reacts = lively.reactions && sent % 5 === 4;
        pending.push(
          socket
            .timeout(10_000)
            .emitWithAck('message:send', { roomId: spec.roomId, body, clientId: `${tag}-${seq}` })
            .then(async (ack: { ok: boolean; message?: { id: number } }) => {
              if (!ack.ok) return void failed++;
              acked++;
              ackLatencies.push(now() - at);
              if (!reacts) return;
              reactions++;
              if (!(await react(spec, ack.message!.id).catch(() => false))) failedReactions++;
            })
            .catch(() => void failed++),
        );
      }
      if (sent >= total) {
        clearInterval(timer);
        loopDelay.disable();
        const loopDelayP99 = Math.round(loopDelay.percentile(99) / 1e5) / 10;
        // A send's promise ends after its reaction too.
        void Promise.all(pending).then(() => resolve({ sent, acked, failed, ackLatencies, reactions, failedReactions, loopDelayP99 }));
      }
    }, 5);
  });
}

const reply = (message: ChildMessage) => process.send!(message);

process.on('message', async (message: ParentMessage) => {
  if (message.type === 'connect') {
    lively = message.lively ?? lively;
    reply({ type: 'connected', ...(await connectAll(message.clients, message.concurrency)) });
  } else if (message.type === 'send') reply({ type: 'sent', ...(await send(message.rate, message.seconds, message.counted, message.text)) });
  else if (message.type === 'report') {
    reply({ type: 'report', deliveries, latencies, slowest: [...perMessage].map(([key, [count, slowest]]) => [key, count, slowest]) });
    deliveries = 0;
    latencies = [];
    perMessage = new Map();
  } else {
    readTimers.forEach(clearInterval);
    sockets.forEach(({ socket }) => socket.disconnect());
    process.exit(0);
  }
});
