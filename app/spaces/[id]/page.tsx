import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { ReportButton } from '@/components/moderation/report-button';
import { HostSpaceActions } from '@/components/spaces/host-space-actions';
import { LikeButton } from '@/components/spaces/like-button';
import { RequestAnswer } from '@/components/spaces/request-answer';
import { ReservationSummary } from '@/components/spaces/reservation-summary';
import { SpaceBlocks } from '@/components/spaces/space-blocks';
import { SpaceGallery } from '@/components/spaces/space-gallery';
import { ReservationPanel } from '@/components/spaces/reservation-panel';
import { SpaceReviews } from '@/components/spaces/space-reviews';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { MapView } from '@/components/map/map-view';
import { tileConfig } from '@/lib/map/tiles';
import { fullDateTime, seoulDateAfter } from '@/lib/core/seoul-time';
import { loadPage, peekPage } from '@/lib/http/page-loader';
import { won } from '@/lib/payments/labels';
import { amenityLabel, policyLabels, spaceTypeLabel } from '@/lib/spaces/labels';
import { getSpace } from '@/lib/spaces/queries';
import { listPendingRequests } from '@/lib/reservations/queries';
import { listReviews } from '@/lib/spaces/reviews';
import { spaceIdParams } from '@/lib/spaces/schema';
import { TrustedName } from '@/components/trust/neighbourhood-badge';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ reviewPage?: string }> };

const REVIEWS_PER_PAGE = 10;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const space = await peekPage({ params, schema: spaceIdParams, load: ({ db, params }) => getSpace(db, params.id, null) });
  return { title: space?.title ?? '공간 대여' };
}

export default async function SpacePage({ params, searchParams }: Props) {
  const {
    db,
    me,
    data: space,
  } = await loadPage({ params, schema: spaceIdParams, load: ({ db, params, me }) => getSpace(db, params.id, me?.id ?? null) });
  const reviewPage = Math.min(10_000, Math.max(1, Math.trunc(Number((await searchParams).reviewPage)) || 1));
  const reviews = await listReviews(db, space.id, { page: reviewPage, size: REVIEWS_PER_PAGE });
  const tomorrow = seoulDateAfter(1);
  const policy = policyLabels[space.cancellationPolicy];
  const requests = me?.id === space.host.id ? (await listPendingRequests(db, me.id, space.id, new Date())).items : [];

  return (
    <div className="flex flex-col gap-4">
      <Link href="/spaces" className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← 공간 대여
      </Link>
      <SpaceGallery images={space.images} title={space.title} />
      {space.hiddenAt && <HiddenNotice />}
      <Card>
        <div className="flex items-start justify-between gap-3">
          <div>
            <p className="text-xs font-semibold text-brand-800">
              {spaceTypeLabel[space.type]} · {space.neighbourhood.sigungu} {space.neighbourhood.dong}
            </p>
            <h1 className="mt-1 text-2xl font-bold">{space.title}</h1>
            <p className="mt-1 text-sm text-stone-600">{space.address}</p>
            {space.rating !== null && (
              <a href="#reviews" className="mt-1 inline-block text-sm font-semibold text-stone-800">
                <span className="text-amber-500" aria-hidden>
                  ★
                </span>{' '}
                {space.rating} · 리뷰 {space.reviewCount}개
              </a>
            )}
          </div>
          {me && (
            <div className="flex items-center gap-1">
              {me.id !== space.host.id && <ReportButton targetType="space" targetId={space.id} label="이 공간 신고하기" />}
              <LikeButton spaceId={space.id} liked={space.isLiked} count={space.likeCount} />
            </div>
          )}
        </div>
        <p className="mt-4 whitespace-pre-line text-stone-800">{space.description}</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-stone-600">가격</dt>
          <dd className="font-bold text-brand-700">{won(space.pricePerHour)} / 시간 (최소 {space.minHours}시간)</dd>
          <dt className="text-stone-600">영업시간</dt>
          <dd>
            {space.openTime}~{space.closeTime}
          </dd>
          <dt className="text-stone-600">최대 인원</dt>
          <dd>{space.capacity}명</dd>
          <dt className="text-stone-600">편의시설</dt>
          <dd>{space.amenities.length ? space.amenities.map((a) => amenityLabel[a]).join(', ') : '없음'}</dd>
          <dt className="text-stone-600">환불 규정</dt>
          <dd>
            {policy.name}: {policy.summary}
          </dd>
          <dt className="text-stone-600">호스트</dt>
          <dd>
            <TrustedName user={space.host} />
          </dd>
        </dl>
      </Card>
      <Card title="위치">
        <MapView
          compact
          tiles={tileConfig()}
          label={`${space.title} 위치 지도`}
          markers={[{ id: space.id, lat: space.lat, lng: space.lng, title: space.title, lines: [space.address], href: `/spaces/${space.id}` }]}
        />
        <p className="mt-2 text-sm text-stone-600">{space.address}</p>
      </Card>
      <Card title="예약하기">
        {me?.id === space.host.id ? (
          <div className="flex flex-col gap-3">
            <Alert tone="info">{space.status === 'paused' ? '내 공간입니다. 지금은 예약을 받지 않습니다.' : '내가 등록한 공간입니다.'}</Alert>
            <Link href={`/spaces/${space.id}/edit`} className="self-start rounded-lg border border-stone-300 px-4 py-2.5 font-semibold text-stone-800 hover:bg-stone-100">
              공간 수정 · 사진 관리
            </Link>
            <HostSpaceActions spaceId={space.id} paused={space.status === 'paused'} />
            {space.bookingMode === 'approval' && (
              <section className="flex flex-col gap-2" aria-label="승인 대기 중인 요청">
                <h3 className="mt-2 font-bold">승인 대기 중인 요청</h3>
                {requests.length === 0 ? (
                  <p className="text-sm text-stone-600">답할 요청이 없습니다.</p>
                ) : (
                  <ul className="flex flex-col gap-3">
                    {requests.map((r) => (
                      <li key={r.id} className="flex flex-col gap-2 rounded-xl border border-amber-200 bg-amber-50 p-3" data-testid="booking-request">
                        <ReservationSummary reservation={r} />
                        <p className="text-sm text-stone-700">
                          {r.bookerName} ({r.bookerPhone}){r.respondBy && ` · ${fullDateTime(r.respondBy)}까지 답해 주세요`}
                        </p>
                        <RequestAnswer id={r.id} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
            <h3 className="mt-2 font-bold">시간 막기</h3>
            <p className="text-sm text-stone-600">
              막은 시간은 손님에게 예약 불가로 보입니다.{space.bufferMinutes > 0 && ` 예약이 끝난 뒤 ${space.bufferMinutes}분은 정리 시간으로 비워 둡니다.`}
            </p>
            <SpaceBlocks spaceId={space.id} today={seoulDateAfter(0)} />
          </div>
        ) : space.status === 'paused' ? (
          <Alert tone="info">호스트가 지금은 예약을 받지 않고 있습니다.</Alert>
        ) : !me ? (
          <Alert tone="info">
            예약하려면{' '}
            <Link className="font-semibold underline" href={`/login?callbackUrl=${encodeURIComponent(`/spaces/${space.id}`)}`}>
              로그인
            </Link>
            해 주세요.
          </Alert>
        ) : (
          <ReservationPanel space={space} initialDate={tomorrow} />
        )}
      </Card>
      <SpaceReviews spaceId={space.id} reviews={reviews} />
    </div>
  );
}
