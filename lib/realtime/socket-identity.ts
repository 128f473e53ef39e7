import type { Socket } from 'socket.io';
import type { User } from '@/db/schema';

/**
 * What a socket tells every process about itself. `fetchSockets` answers with each socket's
 * `data` and `handshake`, and across processes the Redis adapter publishes them (pub/sub): so
 * `data` holds the public identity only (never the row with its password hash and email), and the
 * handshake loses its credentials once they have signed the socket in.
 */
export type SocketIdentity = Pick<User, 'id' | 'username' | 'neighbourhoodCode'>;

// The signed-in row stays in this process, beside the socket it belongs to.
const rows = new WeakMap<object, User>();

export function signInSocket(socket: Pick<Socket, 'data' | 'handshake'>, user: User) {
  rows.set(socket, user);
  socket.data = { user: { id: user.id, username: user.username, neighbourhoodCode: user.neighbourhoodCode } satisfies SocketIdentity };
  const { cookie: _cookie, authorization: _authorization, ...headers } = socket.handshake.headers;
  Object.assign(socket.handshake, { headers, auth: {} });
}

/** The user row a socket of this process signed in with (as of its handshake). */
export function userOfSocket(socket: object): User {
  const user = rows.get(socket);
  if (!user) throw new Error('socket without a signed-in user');
  return user;
}
