import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/next-auth-options';

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: AUTH_SECRET is only known once server.ts has started.
const handler = (req: Request, ctx: Context) => NextAuth(req as never, ctx as never, authOptions());

export { handler as GET, handler as POST };
