import type { Metadata } from 'next';
import { ChatSearch } from '@/components/chat/chat-search';
import { requireSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '채팅 검색' };

export default async function ChatSearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requireSessionUser('/chat/search');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">채팅 검색</h1>
      <ChatSearch initialQuery={(await searchParams).q ?? ''} />
    </div>
  );
}
