import type { User } from '../schema';
import type { Db } from '../client';
import { seoulDateHour, seoulInstant } from '@/lib/core/seoul-time';
import { approvePayment } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { createReservation } from '@/lib/reservations/mutations';
import { createSpace, likeSpace } from '@/lib/spaces/mutations';
import { addSpaceImages } from '@/lib/spaces/images';
import { createSpaceBody } from '@/lib/spaces/schema';
import { demoPhoto } from './space-photos';
import { DEMO_NEIGHBOURHOODS } from './users';

type DemoSpace = Record<string, unknown> & { host: string; likedBy: string[] };

/** Rooms for rent in each demo neighbourhood, at their neighbourhood's centre unless given. */
const DEMO_SPACES: DemoSpace[] = [
  {
    host: 'yuna@dongne.test', likedBy: ['minseok@dongne.test', 'haeun@dongne.test'],
    title: '홍대 감성 스터디룸 6인', type: 'study_room', neighbourhoodCode: DEMO_NEIGHBOURHOODS.seogyo, address: '서울 마포구 와우산로 21 3층',
    description: '홍대입구역 5분. 화이트보드와 모니터가 있는 조용한 6인실입니다.', capacity: 6, pricePerHour: 12_000, minHours: 2,
    openTime: '08:00', closeTime: '24:00', amenities: ['wifi', 'whiteboard', 'air_conditioning', 'restroom'], cancellationPolicy: 'flexible',
    packages: [{ name: '야간', startTime: '18:00', endTime: '24:00', price: 55_000 }],
  },
  {
    host: 'jihoon@dongne.test', likedBy: ['yuna@dongne.test'],
    title: '서교동 루프탑 파티룸', type: 'party_room', neighbourhoodCode: DEMO_NEIGHBOURHOODS.seogyo, address: '서울 마포구 잔다리로 12 옥상',
    description: '생일, 브라이덜 샤워, 소규모 모임. 빔프로젝터와 음향장비, 주방이 있어요.', capacity: 16, pricePerHour: 35_000, minHours: 3,
    openTime: '10:00', closeTime: '24:00', amenities: ['projector', 'sound_system', 'kitchen', 'wifi', 'restroom'], cancellationPolicy: 'moderate',
    packages: [
      { name: '주간', startTime: '10:00', endTime: '16:00', price: 150_000 },
      { name: '야간', startTime: '17:00', endTime: '24:00', price: 190_000 },
    ],
  },
  {
    host: 'hyunwoo@dongne.test', likedBy: ['jiwoo@dongne.test', 'sujin@dongne.test'],
    title: '서촌 한옥 회의실', type: 'meeting_room', neighbourhoodCode: DEMO_NEIGHBOURHOODS.cheongunHyoja, address: '서울 종로구 자하문로 7길 5',
    description: '경복궁역 근처 한옥을 고친 8인 회의실. 빔프로젝터와 화이트보드 완비.', capacity: 8, pricePerHour: 20_000, minHours: 1,
    openTime: '09:00', closeTime: '21:00', amenities: ['projector', 'whiteboard', 'wifi', 'parking'], cancellationPolicy: 'strict', packages: [],
  },
  {
    host: 'taeyang@dongne.test', likedBy: [],
    title: '통인시장 공유주방', type: 'kitchen', neighbourhoodCode: DEMO_NEIGHBOURHOODS.cheongunHyoja, address: '서울 종로구 필운대로 3',
    description: '쿠킹 클래스, 소량 베이킹에 좋은 공유주방입니다. 오븐 2대.', capacity: 10, pricePerHour: 25_000, minHours: 2,
    openTime: '09:00', closeTime: '22:00', amenities: ['kitchen', 'wifi', 'restroom'], cancellationPolicy: 'moderate', packages: [],
  },
  {
    host: 'seoyeon@dongne.test', likedBy: ['minji@dongne.test', 'junho@dongne.test', 'dohyun@dongne.test'],
    title: '용담 바다 앞 합주실', type: 'practice_room', neighbourhoodCode: DEMO_NEIGHBOURHOODS.yongdam2, address: '제주 제주시 서해안로 120',
    description: '드럼, 앰프 2대, 키보드가 있는 방음 합주실. 바다가 보여요.', capacity: 5, pricePerHour: 15_000, minHours: 1,
    openTime: '10:00', closeTime: '23:00', amenities: ['sound_system', 'parking', 'air_conditioning'], cancellationPolicy: 'flexible', packages: [],
  },
  {
    host: 'dohyun@dongne.test', likedBy: ['seoyeon@dongne.test'],
    title: '용담 실내 풋살장', type: 'sports', neighbourhoodCode: DEMO_NEIGHBOURHOODS.yongdam2, address: '제주 제주시 용문로 8',
    description: '5:5 실내 풋살장. 샤워실과 주차장이 있습니다.', capacity: 14, pricePerHour: 40_000, minHours: 1,
    openTime: '06:00', closeTime: '24:00', amenities: ['shower', 'parking', 'restroom'], cancellationPolicy: 'moderate', packages: [],
  },
];

export async function seedSpaces(db: Db, usersByEmail: Map<string, User>, now = new Date()) {
  const ids: number[] = [];
  for (const { host, likedBy, ...body } of DEMO_SPACES) {
    const space = await createSpace(db, usersByEmail.get(host)!, createSpaceBody.parse(body));
    for (const email of likedBy) await likeSpace(db, usersByEmail.get(email)!, space.id);
    // Photos for most rooms, so the cards aren't bare; the last rooms show how a card looks without one.
    if (ids.length < 4) await addSpaceImages(db, usersByEmail.get(host)!, space.id, [await demoPhoto(ids.length * 2), await demoPhoto(ids.length * 2 + 1)]);
    ids.push(space.id);
  }
  // One paid booking three days out, so 민지's /reservations and 서연's host list aren't empty.
  const { date } = seoulDateHour(new Date(now.getTime() + 3 * 86_400_000));
  const minji = usersByEmail.get('minji@dongne.test')!;
  const { payment } = await createReservation(db, minji, {
    spaceId: ids[4]!, startsAt: seoulInstant(date, 19), endsAt: seoulInstant(date, 21), people: 4,
    bookerName: '민지', bookerPhone: '010-1234-5678', purpose: '밴드 합주', requestNote: '드럼 스틱 빌릴 수 있을까요?',
  });
  await approvePayment(db, minji, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) });
  return ids.length;
}
