/**
 * Mentions are written into a message as `<@userId>` (what the composer's autocomplete inserts),
 * so a renamed member shows under their new name in every old message. Plain `@name` text stays
 * text. Shared by the server (notices, pushes, search snippets) and the chat screen.
 */
const TOKEN = /<@(\d{1,10})>/g;

export const mentionToken = (userId: number) => `<@${userId}>`;

/** The user ids a body names, each once, in order. */
export function mentionedIds(body: string): number[] {
  return [...new Set([...body.matchAll(TOKEN)].map((m) => Number(m[1])))];
}

/** The body as people read it: each token as `@name` (an unknown id as `@알 수 없음`). */
export function renderMentions(body: string, names: ReadonlyMap<number, string>): string {
  return body.replace(TOKEN, (_, id: string) => `@${names.get(Number(id)) ?? '알 수 없음'}`);
}

/** The body cut into text and mention parts, for rendering mentions highlighted. */
export function mentionParts(body: string): ({ text: string } | { userId: number })[] {
  const parts: ({ text: string } | { userId: number })[] = [];
  let at = 0;
  for (const m of body.matchAll(TOKEN)) {
    if (m.index > at) parts.push({ text: body.slice(at, m.index) });
    parts.push({ userId: Number(m[1]) });
    at = m.index + m[0].length;
  }
  if (at < body.length) parts.push({ text: body.slice(at) });
  return parts;
}

/**
 * What the composer sends: each `@name` of a member picked (or, when editing, already mentioned)
 * becomes their token. Longer names first, so `@민수` never eats the start of `@민수아`.
 */
export function withMentionTokens(text: string, users: readonly { id: number; username: string }[]): string {
  let out = text;
  for (const u of [...users].sort((a, b) => b.username.length - a.username.length)) out = out.split(`@${u.username}`).join(mentionToken(u.id));
  return out;
}

/** A message's text with its mentions as the names it came with (previews, quotes). */
export const readableText = (m: { body: string; mentionedUsers: readonly { id: number; username: string }[] }) =>
  renderMentions(m.body, new Map(m.mentionedUsers.map((u) => [u.id, u.username])));
