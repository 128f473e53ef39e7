import type { MealCategory } from '@/db/constants/boards';
import type { MenuTag } from './catalog';
import type { Preferences, Stance } from './recommend';

type Word = { pattern: RegExp; label: string } & ({ tag: MenuTag } | { category: MealCategory });

/** What the rules understand in a chat message. More specific words come first. */
const WORDS: readonly Word[] = [
  { pattern: /혼밥|혼자|1인분?/, tag: 'solo', label: '혼밥 메뉴' },
  { pattern: /매운|매콤|얼큰|맵/, tag: 'spicy', label: '매운 메뉴' },
  { pattern: /국물|탕(?!수)|찌개|전골/, tag: 'soup', label: '국물 요리' },
  { pattern: /가벼운|가볍게|다이어트|담백|샐러드/, tag: 'light', label: '가벼운 메뉴' },
  { pattern: /든든|배고|푸짐|배불/, tag: 'hearty', label: '든든한 메뉴' },
  { pattern: /시원|차가운|찬\s?거/, tag: 'cold', label: '시원한 메뉴' },
  { pattern: /따뜻|뜨끈|따듯|뜨거운/, tag: 'warm', label: '따뜻한 메뉴' },
  { pattern: /튀김|튀긴|바삭|기름진/, tag: 'fried', label: '튀긴 음식' },
  { pattern: /달달|단\s?거|달콤|디저트|카페|빙수|케이크|커피/, category: '카페,디저트', label: '카페·디저트' },
  { pattern: /해산물|해물|생선|회(?!식)|초밥/, tag: 'seafood', label: '해산물' },
  { pattern: /고기(?!구이)/, tag: 'meat', label: '고기 메뉴' },
  { pattern: /면|국수|누들/, tag: 'noodle', label: '면 요리' },
  { pattern: /(?<!혼)밥/, tag: 'rice', label: '밥 메뉴' },
  { pattern: /나눠|여럿|다 ?같이|여러 ?명/, tag: 'share', label: '나눠 먹는 메뉴' },
  { pattern: /찜닭|아구찜/, category: '찜,탕,찌개', label: '찜 요리' },
  { pattern: /치킨|닭/, category: '치킨', label: '치킨' },
  { pattern: /피자/, category: '피자', label: '피자' },
  { pattern: /중식|중국|짜장|짬뽕|탕수육/, category: '중식', label: '중식' },
  { pattern: /일식|돈까스|돈가스|우동/, category: '돈까스,회,일식', label: '일식' },
  { pattern: /족발|보쌈/, category: '족발,보쌈', label: '족발·보쌈' },
  { pattern: /분식|떡볶이|김밥/, category: '분식', label: '분식' },
  { pattern: /아시안|쌀국수|베트남|태국|마라/, category: '아시안', label: '아시안' },
  { pattern: /양식|파스타|스테이크/, category: '양식', label: '양식' },
  { pattern: /고기구이|삼겹|구이|곱창/, category: '고기구이', label: '고기구이' },
  { pattern: /햄버거|버거|패스트푸드|핫도그/, category: '패스트푸드', label: '패스트푸드' },
  { pattern: /도시락/, category: '도시락', label: '도시락' },
  { pattern: /백반|죽/, category: '백반,죽,국수', label: '백반·죽' },
];

/** "매운 거 말고", "치킨 빼고", "맵지 않은", "안 매운", "느끼한 건 싫어". */
const NEGATION_AFTER = /^[^,.!?\n]{0,6}?(말고|빼고|빼줘|제외|싫|별로|없는|없이|않|아닌|아니|말구|노노)/;
const NEGATION_BEFORE = /(안|노|무)\s?$/;
const SHUFFLE = /다른\s?(거|것|메뉴)|다시|새로|또/;

export type Change = { label: string; stance: Stance; target: { tag: MenuTag } | { category: MealCategory } };
export type Refinement = { changes: Change[]; shuffle: boolean };

export function parseRefinement(message: string): Refinement {
  const text = message.normalize('NFC');
  const changes: Change[] = [];
  const taken: [number, number][] = [];
  for (const word of WORDS) {
    const match = word.pattern.exec(text);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    // A span already explained by a more specific word ("찜닭" is not "치킨").
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    taken.push([start, end]);
    const negated = NEGATION_AFTER.test(text.slice(end)) || NEGATION_BEFORE.test(text.slice(Math.max(0, start - 2), start));
    const target = 'tag' in word ? { tag: word.tag } : { category: word.category };
    changes.push({ label: word.label, stance: negated ? 'exclude' : 'prefer', target });
  }
  return { changes, shuffle: SHUFFLE.test(text) };
}

/** The preferences after a message: what it says replaces what earlier messages said. */
export function applyRefinement(prefs: Preferences, refinement: Refinement): Preferences {
  const next: Preferences = { tags: { ...prefs.tags }, categories: { ...prefs.categories }, shuffle: prefs.shuffle + (refinement.shuffle ? 1 : 0) };
  for (const { target, stance } of refinement.changes) {
    if ('tag' in target) next.tags[target.tag] = stance;
    else next.categories[target.category] = stance;
  }
  return next;
}

export const understood = (r: Refinement) => r.changes.length > 0 || r.shuffle;

/** 은 after a final consonant (받침), 는 after a vowel. */
function topicParticle(word: string) {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0 ? '은' : '는';
}

/** "매운 메뉴는 빼고 혼밥 메뉴 위주로 다시 골랐어요." */
export function describeRefinement(r: Refinement) {
  const without = r.changes.filter((c) => c.stance === 'exclude').map((c) => c.label);
  const withs = r.changes.filter((c) => c.stance === 'prefer').map((c) => c.label);
  const parts = [
    ...(without.length ? [`${without.join(', ')}${topicParticle(without.at(-1)!)} 빼고`] : []),
    ...(withs.length ? [`${withs.join(', ')} 위주로`] : []),
  ];
  if (!parts.length) return '다른 메뉴로 다시 골랐어요.';
  return `알겠어요! ${parts.join(' ')} 다시 골랐어요.`;
}
