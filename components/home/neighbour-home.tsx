import { HydrationBoundary, type DehydratedState } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { Suspense } from 'react';
import type { Me } from '@/lib/accounts/schema';
import type { ChatRoomView } from '@/lib/chat/schema';
import type { GameView } from '@/lib/games/schema';
import type { RecommendationsView } from '@/lib/menus/schema';
import type { ReservationView } from '@/lib/reservations/schema';
import type { SpaceView } from '@/lib/spaces/schema';
import { displaySigungu, fullName } from '@/lib/neighbourhoods/format';
import type { WeatherView } from '@/lib/weather/schema';
import { HomeSection, SectionSkeleton } from './home-section';
import { GamesNearby } from './games-nearby';
import { MenuChat } from './menu-chat';
import { MenuRecommendations } from './menu-recommendations';
import { MyRoomsSummary } from './my-rooms-summary';
import { NextGame } from './next-game';
import { NextReservation } from './next-reservation';
import { OpenPostsNearby } from './open-posts-nearby';
import { SpacesNearby } from './spaces-nearby';
import { WeatherCard } from './weather-card';

export type TodayData = { weather: WeatherView | null; recommendations: RecommendationsView };

/** Weather and today's menus share one context (the weather is read once); they stream in. */
async function TodaySection({ me, today }: { me: Me; today: Promise<TodayData> }) {
  const { weather, recommendations } = await today;
  return (
    <>
      {weather && <WeatherCard weather={{ ...weather, neighbourhood: me.neighbourhood }} />}
      <HomeSection id="menus" title={`오늘 ${recommendations.mealTimeLabel} 뭐 먹지?`}>
        <MenuRecommendations recommendations={recommendations} />
      </HomeSection>
    </>
  );
}

/**
 * The signed-in home; the page reads every section's data in parallel and hands it over
 * (today's weather and menus as a promise, streamed in). Sections are listed in order below.
 */
export function NeighbourHome({
  me,
  today,
  rooms,
  posts,
  spaces,
  nextReservation,
  games,
  nextGame,
}: {
  me: Me;
  today: Promise<TodayData>;
  rooms: ChatRoomView[];
  posts: DehydratedState;
  spaces: SpaceView[];
  nextReservation: ReservationView | null;
  games: GameView[];
  nextGame: { game: GameView; participation: string } | null;
}) {
  const unread = rooms.reduce((n, r) => n + r.unreadCount, 0);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{me.username}님, 안녕하세요</h1>
        <p className="mt-1 text-stone-700" data-testid="home-neighbourhood">
          {fullName(me.neighbourhood)}
        </p>
      </div>
      {nextReservation && (
        <HomeSection id="next-reservation" title="다음 예약" more={{ href: '/reservations', label: '내 예약' }}>
          <NextReservation reservation={nextReservation} />
        </HomeSection>
      )}
      {nextGame && (
        <HomeSection id="next-game" title="다음 게임" more={{ href: `/games/${nextGame.game.id}`, label: '게임 보기' }}>
          <NextGame game={nextGame.game} participation={nextGame.participation} />
        </HomeSection>
      )}
      <Suspense fallback={<SectionSkeleton label="날씨와 오늘의 메뉴를 불러오는 중" lines={3} />}>
        <TodaySection me={me} today={today} />
      </Suspense>
      <HomeSection id="menu-chat" title="메뉴 상담">
        <MenuChat />
      </HomeSection>
      <HomeSection id="nearby-posts" title={`${displaySigungu(me.neighbourhood.sigungu)} 모집 중인 같이 주문`} more={{ href: '/posts?scope=sigungu', label: '전체 보기' }}>
        <HydrationBoundary state={posts}>
          <OpenPostsNearby dong={me.neighbourhood.dong} />
        </HydrationBoundary>
      </HomeSection>
      <HomeSection id="games-nearby" title={`${displaySigungu(me.neighbourhood.sigungu)} 모집 중인 게임`} more={{ href: '/games', label: '게임 찾기' }}>
        <GamesNearby games={games} />
      </HomeSection>
      <HomeSection id="spaces-nearby" title={`${displaySigungu(me.neighbourhood.sigungu)} 인기 공간`} more={{ href: '/spaces', label: '공간 찾기' }}>
        <SpacesNearby spaces={spaces} />
      </HomeSection>
      <HomeSection id="my-rooms" title={unread ? `내 채팅 (안 읽은 메시지 ${unread}개)` : '내 채팅'} more={{ href: '/chat', label: '모두 보기' }}>
        <MyRoomsSummary rooms={rooms.slice(0, 3)} />
      </HomeSection>
      <p className="text-sm text-stone-600">
        이사했다면{' '}
        <Link href="/me" className="font-medium text-brand-700 underline">
          내 정보
        </Link>
        에서 동네를 바꿀 수 있어요. 앱을 만든다면{' '}
        <Link href="/docs" className="font-medium text-brand-700 underline">
          API 문서
        </Link>
        를 보세요.
      </p>
    </div>
  );
}
