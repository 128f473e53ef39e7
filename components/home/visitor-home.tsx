import Link from '@/components/ui/link';
import { displaySigungu } from '@/lib/neighbourhoods/format';
import { HomeSection } from './home-section';
import { PublicPosts, type PublicPost } from './public-posts';

const FEATURES = [
  { title: '같이 주문', text: '배달비가 아까울 때 같은 동네 이웃과 한 번에 시키고, 채팅방에서 메뉴와 받을 곳을 정해요.' },
  { title: '오늘 뭐 먹지?', text: '우리 동네 날씨와 시간, 이웃들이 지금 모으는 메뉴를 보고 다섯 가지를 추천해 드려요.' },
  { title: '실시간 채팅', text: '글마다 채팅방이 생기고, 참여 인원과 새 메시지가 바로바로 보여요.' },
];

/** For visitors: what Dongne is, real open posts from the neighbourhoods (no names), and the way in. */
export function VisitorHome({ posts }: { posts: PublicPost[] }) {
  return (
    <div className="flex flex-col gap-8 py-2">
      <div className="flex flex-col gap-4">
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
      <HomeSection id="public-posts" title="지금 이웃들이 모으는 같이 주문">
        <PublicPosts posts={posts.map((p) => ({ ...p, neighbourhood: { ...p.neighbourhood, sigungu: displaySigungu(p.neighbourhood.sigungu) } }))} />
      </HomeSection>
      <ul className="grid gap-3 sm:grid-cols-3">
        {FEATURES.map((f) => (
          <li key={f.title} className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
            <h2 className="font-bold">{f.title}</h2>
            <p className="mt-1 text-sm text-stone-700">{f.text}</p>
          </li>
        ))}
      </ul>
      <div className="rounded-2xl bg-brand-50 p-5 text-center ring-1 ring-brand-100">
        <p className="font-semibold">내 동네 글에 참여하려면 가입이 필요해요. 1분이면 충분해요.</p>
        <Link href="/signup" className="mt-3 inline-flex rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
          무료로 가입하기
        </Link>
      </div>
    </div>
  );
}
