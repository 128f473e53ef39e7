import type { User } from '../schema';
import type { Db } from '../client';
import { createVenue } from '@/lib/games/venues';
import { createGame } from '@/lib/games/mutations';
import { joinGame } from '@/lib/games/players';
import type { CreateGameInput } from '@/lib/games/schema';
import { DEMO_NEIGHBOURHOODS } from './users';

const DAY = 86_400_000;

/** `days` from today at `hour`:00 Seoul time (UTC+9, no daylight saving). */
function seoulAt(days: number, hour: number) {
  const today = new Date(Date.now() + 9 * 3_600_000);
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), hour - 9) + days * DAY);
}

type DemoGame = Omit<CreateGameInput, 'startsAt' | 'endsAt' | 'description' | 'level'> &
  Partial<Pick<CreateGameInput, 'description' | 'level'>> & { host: string; days: number; hour: number; hours: number; joiners: string[]; venue?: boolean };

/** Upcoming pickup games in the demo neighbourhoods: free ones with players already in, paid ones open. */
const DEMO_GAMES: DemoGame[] = [
  { host: 'seoyeon@dongne.test', sport: 'futsal', title: '토요일 아침 풋살 5:5 용병 구해요', level: 'beginner', placeName: '용담 레포츠공원 풋살장', address: '제주특별자치도 제주시 용담3동 서해안로 1', neighbourhoodCode: DEMO_NEIGHBOURHOODS.yongdam2, days: 3, hour: 8, hours: 2, minPlayers: 2, maxPlayers: 4, fee: 5000, joiners: [], venue: true, description: '조끼 있어요. 풋살화 필수!' },
  { host: 'junho@dongne.test', sport: 'running', title: '해안도로 저녁 러닝 7km', level: 'any', placeName: '용두암 주차장', address: '제주특별자치도 제주시 용담2동 용두암길 15', neighbourhoodCode: DEMO_NEIGHBOURHOODS.yongdam2, days: 2, hour: 19, hours: 1, minPlayers: 1, maxPlayers: 8, fee: 0, joiners: ['minji@dongne.test', 'dohyun@dongne.test'] },
  { host: 'hyunwoo@dongne.test', sport: 'running', title: '인왕산 자락길 새벽 러닝', level: 'intermediate', placeName: '사직공원 입구', address: '서울특별시 종로구 사직로 89', neighbourhoodCode: DEMO_NEIGHBOURHOODS.cheongunHyoja, days: 4, hour: 6, hours: 1, minPlayers: 2, maxPlayers: 6, fee: 0, joiners: ['taeyang@dongne.test'] },
  { host: 'jiwoo@dongne.test', sport: 'badminton', title: '평일 저녁 배드민턴 복식', level: 'beginner', placeName: '청운문학도서관 옆 체육관', address: '서울특별시 종로구 창의문로 5', neighbourhoodCode: DEMO_NEIGHBOURHOODS.cheongunHyoja, days: 5, hour: 20, hours: 2, minPlayers: 3, maxPlayers: 3, fee: 3000, joiners: [] },
  { host: 'jihoon@dongne.test', sport: 'basketball', title: '홍대 3:3 농구 한 팀 모자라요', level: 'intermediate', placeName: '서교동 근린공원 농구장', address: '서울특별시 마포구 서교동 잔다리로 30', neighbourhoodCode: DEMO_NEIGHBOURHOODS.seogyo, days: 1, hour: 21, hours: 2, minPlayers: 2, maxPlayers: 3, fee: 0, joiners: ['minseok@dongne.test', 'haeun@dongne.test', 'yuna@dongne.test'] },
  { host: 'yuna@dongne.test', sport: 'tennis', title: '주말 테니스 랠리 파트너', level: 'intro', placeName: '망원한강공원 테니스장', address: '서울특별시 마포구 마포나루길 467', neighbourhoodCode: DEMO_NEIGHBOURHOODS.seogyo, days: 6, hour: 10, hours: 2, minPlayers: 1, maxPlayers: 1, fee: 10000, joiners: [] },
];

export async function seedGames(db: Db, usersByEmail: Map<string, User>) {
  let created = 0;
  for (const { host: hostEmail, days, hour, hours, joiners, venue, ...input } of DEMO_GAMES) {
    const host = usersByEmail.get(hostEmail)!;
    const venueId = venue
      ? (await createVenue(db, host, { name: input.placeName, address: input.address, detailAddress: '', contact: '', description: '', isIndoor: false, sports: [input.sport], neighbourhoodCode: input.neighbourhoodCode })).id
      : undefined;
    const startsAt = seoulAt(days, hour);
    const game = await createGame(db, host, { description: '', level: 'any', ...input, venueId, startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000) });
    for (const email of joiners) await joinGame(db, usersByEmail.get(email)!, game.id, { waitlist: true });
    created++;
  }
  return created;
}
