import type { Metadata } from 'next';
import Link from 'next/link';
import { CommunityForm } from '@/components/community/community-form';
import { Card } from '@/components/ui/card';
import { requireSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '동네생활 글쓰기' };

export default async function NewCommunityPostPage() {
  const me = await requireSessionUser('/community/new');
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <Link href="/community" className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← 동네생활
      </Link>
      <div>
        <h1 className="text-2xl font-bold">동네생활 글쓰기</h1>
        <p className="mt-1 text-sm text-stone-600">{me.neighbourhood.dong} 이웃에게 보입니다.</p>
      </div>
      <Card>
        <CommunityForm />
      </Card>
    </div>
  );
}
