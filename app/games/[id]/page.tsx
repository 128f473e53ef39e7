import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { AddToCalendar } from '@/components/calendar/add-to-calendar';
import { CancelParticipationButton, HostGameActions, JoinButton, RefreshOnGameUpdate, RemovePlayerButton } from '@/components/games/game-actions';
import { feeLabel, playerStatusLabel } from '@/components/games/game-labels';
import { LiveSeats } from '@/components/games/live-seats';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { ReportButton } from '@/components/moderation/report-button';
import { ReviewForm } from '@/components/reviews/review-form';
import { ReviewList } from '@/components/reviews/review-list';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { clockTime, fullDateTime } from '@/lib/core/seoul-time';
import { cancellationQuote, getVisibleGame, listPlayers } from '@/lib/games/queries';
import { waitlistRule } from '@/lib/games/labels';
import { gameIdParams } from '@/lib/games/schema';
import { loadPage, peekPage } from '@/lib/http/page-loader';
import { won } from '@/lib/payments/labels';
import { gameRefundSchedule } from '@/lib/games/refund-policy';
import { RefundScheduleList } from '@/components/payments/refund-schedule-list';
import { listGameReviews } from '@/lib/reviews/queries';
import { TrustedName } from '@/components/trust/neighbourhood-badge';
import { GameNoShowButton } from '@/components/trust/no-show-button';
import { inNoShowWindow } from '@/lib/trust/rules';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const game = await peekPage({ params, schema: gameIdParams, load: ({ db, params }) => getVisibleGame(db, params.id, null) });
  return { title: game?.title ?? '같이 운동' };
}

const open = (status: string) => status === 'recruiting' || status === 'full';

export default async function GamePage({ params, searchParams }: Props) {
  const {
    db,
    me,
    data: game,
  } = await loadPage({ params, schema: gameIdParams, load: ({ db, params, me }) => getVisibleGame(db, params.id, me?.id ?? null) });
  const players = await listPlayers(db, game.id);
  const mine = me ? players.find((p) => p.user.id === me.id) : undefined;
  const quote = me && mine ? await cancellationQuote(db, game.id, me.id, new Date()) : null;
  const isHost = me?.id === game.host.id;
  const joined = players.filter((p) => p.status !== 'waitlisted');
  const waitlist = players.filter((p) => p.status === 'waitlisted');
  const markable = isHost && inNoShowWindow(new Date(game.endsAt));
  const cancelled = (await searchParams).cancelled;
  const refunded = typeof cancelled === 'string' && /^\d+$/.test(cancelled) ? Number(cancelled) : null;
  const path = `/games/${game.id}`;
  // Shown while it lasts; a page opened in the window states when everyone may join.
  const priorityOpen = game.priorityUntil !== null && new Date(game.priorityUntil) > new Date();
  const ahead = open(game.status) || game.status === 'confirmed';
  const reviews = game.status === 'finished' ? await listGameReviews(db, game.id, me?.id) : null;

  return (
    <div className="flex flex-col gap-4">
      <RefreshOnGameUpdate gameId={game.id} />
      <Link href="/games" className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← 같이 운동
      </Link>
      {refunded !== null && !mine && (
        <Alert tone="success">
          <span data-testid="refund-result">참여를 취소했습니다. {refunded > 0 ? `${won(refunded)}이 환불됩니다.` : '환불되는 금액은 없습니다.'}</span>
        </Alert>
      )}
      {game.hiddenAt && <HiddenNotice />}
      <Card>
        <div className="flex items-start justify-between gap-2">
          <p className="text-xs font-semibold text-brand-800">
            {game.sportLabel} · {game.levelLabel} · {game.genderLabel}
          </p>
          {me && !isHost && <ReportButton targetType="game" targetId={game.id} label="이 운동 모임 신고하기" />}
        </div>
        <h1 className="mt-1 text-2xl font-bold">{game.title}</h1>
        <div className="mt-2">
          <LiveSeats gameId={game.id} joined={game.joinedCount} capacity={game.maxPlayers} status={game.status} />
        </div>
        {game.description && <p className="mt-4 whitespace-pre-line text-stone-800">{game.description}</p>}
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-stone-600">일시</dt>
          <dd>
            {fullDateTime(game.startsAt)} ~ {clockTime(game.endsAt)}
          </dd>
          <dt className="text-stone-600">모집 마감</dt>
          <dd>{fullDateTime(game.recruitUntil)}</dd>
          <dt className="text-stone-600">장소</dt>
          <dd>
            {game.placeName}
            <span className="block text-stone-600">{game.address}</span>
          </dd>
          <dt className="text-stone-600">인원</dt>
          <dd>
            최소 {game.minPlayers}명 · 최대 {game.maxPlayers}명 (호스트 제외)
          </dd>
          <dt className="text-stone-600">참가비</dt>
          <dd className="font-bold text-brand-700">{feeLabel(game.fee)}</dd>
          {game.seriesId && (
            <>
              <dt className="text-stone-600">반복</dt>
              <dd>매주 열리는 경기입니다</dd>
            </>
          )}
          <dt className="text-stone-600">호스트</dt>
          <dd>
            <TrustedName user={game.host} />
          </dd>
        </dl>
        {game.fee > 0 && open(game.status) && (
          <div className="mt-4">
            <RefundScheduleList steps={gameRefundSchedule(game.fee, new Date(game.startsAt))} now={new Date()} title="참여 취소 시 환불" />
          </div>
        )}
      </Card>
      <Card title="참여">
        {isHost ? (
          <div className="flex flex-col gap-3">
            <Alert tone="info">내가 연 경기입니다.</Alert>
            {ahead && <AddToCalendar kind="game" id={game.id} />}
            <Link href={`/chat/${game.chatRoomId}`} className="font-semibold text-brand-800 underline">
              경기 채팅방 열기
            </Link>
            {open(game.status) && (
              <Link href={`/games/${game.id}/edit`} className="font-semibold text-brand-800 underline">
                경기 수정
              </Link>
            )}
            {(open(game.status) || game.status === 'confirmed') && (
              <HostGameActions gameId={game.id} joined={game.joinedCount} canClose={open(game.status) && game.joinedCount >= game.minPlayers} />
            )}
          </div>
        ) : !me ? (
          <Alert tone="info">
            참여하려면{' '}
            <Link className="font-semibold underline" href={`/login?callbackUrl=${encodeURIComponent(path)}`}>
              로그인
            </Link>
            해 주세요.
          </Alert>
        ) : mine ? (
          <div className="flex flex-col gap-3">
            {mine.status === 'joined' && (
              <>
                <Alert tone="success">
                  {game.status === 'finished'
                    ? '함께한 경기입니다. 아래에서 같이 뛴 이웃에게 리뷰를 남겨 보세요.'
                    : game.status === 'cancelled' || game.status === 'failed'
                      ? '열리지 않은 경기입니다. 참가비를 냈다면 전액 환불됩니다.'
                      : '참여 완료! 경기 채팅방에서 이웃들과 이야기해 보세요.'}
                </Alert>
                <Link href={`/chat/${game.chatRoomId}`} className="font-semibold text-brand-800 underline">
                  경기 채팅방 열기
                </Link>
                {ahead && <AddToCalendar kind="game" id={game.id} />}
              </>
            )}
            {mine.status === 'pending_payment' && (
              <Alert tone="info">
                자리를 잡아 두었습니다. 결제를 마쳐야 참여가 확정됩니다.{' '}
                {mine.paymentId && (
                  <Link className="font-semibold underline" href={`/pay/${mine.paymentId}`}>
                    결제하러 가기
                  </Link>
                )}
              </Alert>
            )}
            {mine.status === 'waitlisted' && (
              <Alert tone="info">
                대기 {mine.waitlistPosition}번입니다. {waitlistRule(game.fee, game.offerMinutes)}
              </Alert>
            )}
            {quote && game.status !== 'finished' && (
              <CancelParticipationButton gameId={game.id} userId={me.id} refundAmount={quote.refundAmount} paidAmount={quote.paidAmount} />
            )}
          </div>
        ) : open(game.status) ? (
          <div className="flex flex-col gap-3">
            {priorityOpen && (
              <Alert tone="info">지난 회차 참가자 우선 신청 기간입니다. {fullDateTime(game.priorityUntil!)}부터 누구나 신청할 수 있어요.</Alert>
            )}
            {game.status === 'full' && <p className="text-sm text-stone-700">{waitlistRule(game.fee, game.offerMinutes)}</p>}
            <JoinButton gameId={game.id} fee={game.fee} full={game.status === 'full'} />
          </div>
        ) : (
          <Alert tone="info">지금은 참여 신청을 받지 않습니다.</Alert>
        )}
      </Card>
      <Card title={`참가자 ${joined.length}명`} id="players">
        {joined.length === 0 ? (
          <p className="text-sm text-stone-600">{open(game.status) ? '아직 참가자가 없습니다. 첫 번째로 참여해 보세요!' : '참가자가 없습니다.'}</p>
        ) : (
          <ul className="flex flex-col gap-2" aria-label="참가자">
            {joined.map((p) => (
              <li key={p.id} className="flex min-h-11 items-center justify-between gap-2 text-sm">
                <Link href={`/users/${p.user.id}`} className="hover:underline">
                  {p.user.username}
                </Link>
                <span className="flex items-center gap-2">
                  <span className="text-stone-600">{playerStatusLabel[p.status]}</span>
                  {isHost && (open(game.status) || game.status === 'confirmed') && <RemovePlayerButton gameId={game.id} userId={p.user.id} username={p.user.username} />}
                  {isHost && markable && p.status === 'joined' && <GameNoShowButton gameId={game.id} userId={p.user.id} username={p.user.username} />}
                </span>
              </li>
            ))}
          </ul>
        )}
        {waitlist.length > 0 && (
          <>
            <h3 className="mt-4 text-sm font-semibold">대기 명단</h3>
            <ol className="mt-2 flex flex-col gap-1 text-sm" aria-label="대기 명단">
              {waitlist.map((p) => (
                <li key={p.id}>
                  {p.waitlistPosition}. {p.user.username}
                </li>
              ))}
            </ol>
          </>
        )}
      </Card>
      {reviews && (
        <Card title="경기 후기" id="reviews">
          {reviews.canReview.length > 0 && (
            <div className="mb-4 flex flex-col gap-3">
              <p className="text-sm text-stone-600">함께한 이웃에게 후기를 남겨 주세요. 한 사람에게 한 번만 남길 수 있어요.</p>
              {reviews.canReview.map((u) => (
                <ReviewForm key={u.id} gameId={game.id} reviewee={u} isHost={u.id === game.host.id} />
              ))}
            </div>
          )}
          <ReviewList items={reviews.items} />
        </Card>
      )}
    </div>
  );
}
