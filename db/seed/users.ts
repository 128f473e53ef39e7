import { count } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema';
import { hashPassword } from '@/lib/accounts/password';

export const DEMO_PASSWORD = 'dongne1234';

export const DEMO_NEIGHBOURHOODS = {
  yongdam2: '5011058000', // 제주특별자치도 제주시 용담2동
  cheongunHyoja: '1111051500', // 서울특별시 종로구 청운효자동
  seogyo: '1144066000', // 서울특별시 마포구 서교동
} as const;

/** Demo residents, four per neighbourhood; every one signs in with DEMO_PASSWORD (see README). */
export const DEMO_USERS = [
  { email: 'minji@dongne.test', username: '민지', bio: '용담 해안도로 산책러', neighbourhoodCode: DEMO_NEIGHBOURHOODS.yongdam2 },
  { email: 'junho@dongne.test', username: '준호', bio: '치킨은 반반', neighbourhoodCode: DEMO_NEIGHBOURHOODS.yongdam2 },
  { email: 'seoyeon@dongne.test', username: '서연', bio: '주말 풋살 멤버 구해요', neighbourhoodCode: DEMO_NEIGHBOURHOODS.yongdam2 },
  { email: 'dohyun@dongne.test', username: '도현', bio: '', neighbourhoodCode: DEMO_NEIGHBOURHOODS.yongdam2 },
  { email: 'jiwoo@dongne.test', username: '지우', bio: '서촌 토박이', neighbourhoodCode: DEMO_NEIGHBOURHOODS.cheongunHyoja },
  { email: 'hyunwoo@dongne.test', username: '현우', bio: '인왕산 러닝 크루', neighbourhoodCode: DEMO_NEIGHBOURHOODS.cheongunHyoja },
  { email: 'sujin@dongne.test', username: '수진', bio: '', neighbourhoodCode: DEMO_NEIGHBOURHOODS.cheongunHyoja },
  { email: 'taeyang@dongne.test', username: '태양', bio: '통인시장 단골', neighbourhoodCode: DEMO_NEIGHBOURHOODS.cheongunHyoja },
  { email: 'yuna@dongne.test', username: '유나', bio: '홍대 앞 스터디룸 운영', neighbourhoodCode: DEMO_NEIGHBOURHOODS.seogyo },
  { email: 'minseok@dongne.test', username: '민석', bio: '', neighbourhoodCode: DEMO_NEIGHBOURHOODS.seogyo },
  { email: 'haeun@dongne.test', username: '하은', bio: '떡볶이 같이 시켜요', neighbourhoodCode: DEMO_NEIGHBOURHOODS.seogyo },
  { email: 'jihoon@dongne.test', username: '지훈', bio: '농구 좋아하는 직장인', neighbourhoodCode: DEMO_NEIGHBOURHOODS.seogyo },
];

export async function seedUsers(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db
    .insert(users)
    .values(DEMO_USERS.map((u) => ({ ...u, passwordHash, emailVerifiedAt: new Date() })))
    .onConflictDoNothing()
    .returning();
}

export async function isEmpty(db: Db) {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}
