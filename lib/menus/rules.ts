import type { MealCategory } from '@/db/constants/boards';
import { isSnowy, isWet, type WeatherView } from '@/lib/weather/schema';
import type { MenuTag } from './catalog';

/** A rule that fits today gives menus with `tags` (or named `menus`) points and its reason ({menu} is the menu's name). */
export type Boost = { tags?: readonly MenuTag[]; menus?: readonly string[]; points: number; reason: string };

export type MealTime = 'breakfast' | 'lunch' | 'afternoon' | 'dinner' | 'late_night';
export const mealTimeLabel: Record<MealTime, string> = { breakfast: '아침', lunch: '점심', afternoon: '오후 간식', dinner: '저녁', late_night: '야식' };

/** Hours in Asia/Seoul. */
export function mealTimeAt(hour: number): MealTime {
  if (hour >= 5 && hour < 10) return 'breakfast';
  if (hour >= 10 && hour < 14) return 'lunch';
  if (hour >= 14 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 21) return 'dinner';
  return 'late_night';
}

export const TIME_RULES: Record<MealTime, Boost> = {
  breakfast: { tags: ['morning'], points: 3, reason: '아침엔 속 편한 {menu}(으)로 하루를 시작해요' },
  lunch: { tags: ['solo', 'rice'], points: 1, reason: '점심엔 빨리 먹기 좋은 {menu} 한 끼' },
  afternoon: { tags: ['sweet'], points: 2, reason: '출출한 오후, 달달한 {menu}(으)로 간식 타임' },
  dinner: { tags: ['share', 'hearty'], points: 1.5, reason: '저녁엔 이웃과 나눠 먹기 좋은 {menu}' },
  late_night: { tags: ['late'], points: 3, reason: '출출한 밤, 야식으로 {menu} 어때요?' },
};

type WeatherRule = { when: (w: WeatherView) => boolean; boost: (w: WeatherView) => Boost };

const deg = (t: number) => `${Math.round(t)}℃`;

/** Rain → 전, 칼국수; cold → 국밥, 찌개; hot → 냉면, 빙수 … (first ones are the strongest). */
export const WEATHER_RULES: readonly WeatherRule[] = [
  {
    when: (w) => isWet(w.precipitation) && !isSnowy(w.precipitation),
    boost: () => ({ tags: ['rainy'], menus: ['해물파전', '칼국수', '짬뽕'], points: 4, reason: '비 오는 날엔 역시 {menu}' }),
  },
  {
    when: (w) => isSnowy(w.precipitation),
    boost: () => ({ tags: ['soup'], points: 3, reason: '눈 오는 날, 따뜻한 {menu}(으)로 몸을 녹여요' }),
  },
  {
    when: (w) => w.temperature <= 5,
    boost: (w) => ({ tags: ['soup'], menus: ['돼지국밥', '김치찌개', '부대찌개'], points: 3, reason: `${deg(w.temperature)} 쌀쌀한 날엔 뜨끈한 {menu} 한 그릇` }),
  },
  {
    when: (w) => w.temperature > 5 && w.temperature <= 12,
    boost: (w) => ({ tags: ['warm'], points: 1, reason: `${deg(w.temperature)}, 따뜻한 {menu}이(가) 당기는 날씨예요` }),
  },
  {
    when: (w) => w.temperature >= 27,
    boost: (w) => ({ tags: ['cold'], menus: ['물냉면', '팥빙수', '냉모밀'], points: 4, reason: `${deg(w.temperature)} 더운 날엔 시원한 {menu}` }),
  },
  {
    when: (w) => w.temperature >= 22 && (w.humidity ?? 0) >= 80,
    boost: () => ({ tags: ['cold', 'light'], points: 1, reason: '후덥지근한 날엔 가볍고 시원한 {menu}' }),
  },
];

export type Trend = { category: MealCategory; openPosts: number };

/** What neighbours are already organising: joining an open post saves a delivery fee. */
export const trendBoost = (t: Trend): Boost & { category: MealCategory } => ({
  category: t.category,
  points: Math.min(2 * t.openPosts, 6),
  reason: `지금 우리 동네에 ${t.category} 같이 주문 글이 ${t.openPosts}개 열려 있어요`,
});

/** Why a menu fits what the user asked for in the chat. */
export const PREFERENCE_REASONS: Record<MenuTag, string> = {
  spicy: '매콤한 게 당길 때 딱이에요',
  soup: '국물이 있어 든든해요',
  cold: '시원하게 즐기기 좋아요',
  warm: '따뜻하게 먹기 좋아요',
  rice: '밥이 있는 든든한 한 끼예요',
  noodle: '후루룩 먹기 좋은 면 요리예요',
  meat: '고기가 듬뿍 들어가요',
  seafood: '해산물을 좋아한다면 추천해요',
  light: '가볍게 먹기 좋아요',
  hearty: '배부르게 먹을 수 있어요',
  solo: '혼밥하기 좋은 1인분 메뉴예요',
  share: '여럿이 나눠 먹기 좋아요',
  sweet: '달달해서 기분 전환에 좋아요',
  fried: '바삭하게 튀겨서 맛있어요',
  rainy: '비 오는 날 생각나는 메뉴예요',
  morning: '아침으로 부담 없어요',
  late: '야식으로 인기 있는 메뉴예요',
};
