import type { Metadata } from 'next';
import { CommunityForm } from '@/components/community/community-form';
import { Card } from '@/components/ui/card';
import { PageShell } from '@/components/ui/page-shell';
import { requireSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '동네생활 글쓰기' };

export default async function NewCommunityPostPage() {
  const me = await requireSessionUser('/community/new');
  return (
    <PageShell narrow back={{ href: '/community', label: '동네생활' }} title="동네생활 글쓰기" description={`${me.neighbourhood.dong} 이웃에게 보입니다.`}>
      <Card>
        <CommunityForm />
      </Card>
    </PageShell>
  );
}
