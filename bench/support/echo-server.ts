/** The chat benchmark's ceiling: Socket.IO fan-out with no auth, no database, no Next. */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 3399);
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false });
let id = 0;
io.on('connection', (socket) => {
  socket.on('room:join', ({ roomId }: { roomId: number }, ack: (r: unknown) => void) => {
    void socket.join(`room:${roomId}`);
    ack({ ok: true, missed: [], hasMore: false });
  });
  socket.on('message:send', ({ roomId, body, clientId }: { roomId: number; body: string; clientId: string }, ack: (r: unknown) => void) => {
    const message = { id: ++id, roomId, body, clientId, kind: 'text', user: null, createdAt: new Date().toISOString() };
    io.to(`room:${roomId}`).emit('message:new', message);
    ack({ ok: true, message });
  });
});
httpServer.listen(port, () => console.log(`echo server on ${port}`));
process.on('SIGTERM', () => io.close(() => process.exit(0)));
