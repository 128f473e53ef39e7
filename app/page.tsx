import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/server-session';
import { fullName } from '@/lib/neighbourhoods/format';

export default async function HomePage() {
  const me = await getSessionUser();
  if (!me) {
    return (
      <div className="flex flex-col gap-6 py-6">
        <h1 className="text-3xl font-extrabold leading-tight">
          우리 동네 이웃과
          <br />
          같이 시키고, 같이 뛰고, 같이 나눠요
        </h1>
        <p className="text-stone-700">
          동네는 같은 행정동 이웃끼리 배달을 함께 주문하고, 동네 이야기를 나누고, 픽업 게임과 공간을 함께 쓰는 곳입니다.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link href="/signup" className="rounded-lg bg-brand-700 px-5 py-3 text-center font-semibold text-white hover:bg-brand-800">
            내 동네로 시작하기
          </Link>
          <Link href="/login" className="rounded-lg border border-stone-300 bg-white px-5 py-3 text-center font-semibold hover:bg-stone-100">
            로그인
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {me.username}님, 안녕하세요
      </h1>
      <Card title="내 동네">
        <p className="text-lg font-semibold" data-testid="home-neighbourhood">
          {fullName(me.neighbourhood)}
        </p>
        <p className="mt-2 text-sm text-stone-600">
          이 동네 이웃들의 글과 모임이 먼저 보입니다. 이사했다면{' '}
          <Link href="/me" className="font-medium text-brand-700 underline">
            내 정보
          </Link>
          에서 동네를 바꿀 수 있어요.
        </p>
      </Card>
      <Card title="같이 주문">
        <p className="text-sm text-stone-700">
          배달비가 아깝다면 {me.neighbourhood.dong} 이웃과 같이 시켜요. 글을 쓰거나 참여하면 채팅방에서 주문을 정할 수 있어요.
        </p>
        <div className="mt-3 flex gap-2">
          <Link href="/posts" className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
            우리 동네 글 보기
          </Link>
          <Link href="/chat" className="rounded-lg border border-stone-300 bg-white px-4 py-2.5 text-sm font-semibold hover:bg-stone-100">
            내 채팅
          </Link>
        </div>
      </Card>
      <Card title="API로 쓰기">
        <p className="text-sm text-stone-700">
          앱을 만들고 있다면{' '}
          <Link href="/docs" className="font-medium text-brand-700 underline">
            API 문서
          </Link>
          를 보세요. 모든 기능은 <code className="rounded bg-stone-100 px-1">/api</code> 로도 쓸 수 있습니다.
        </p>
      </Card>
    </div>
  );
}
