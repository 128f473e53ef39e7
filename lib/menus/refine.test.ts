import { describe, expect, it } from 'vitest';
import { noPreferences } from './recommend';
import { applyRefinement, describeRefinement, parseRefinement, understood } from './refine';

const changes = (text: string) => parseRefinement(text).changes.map((c) => [c.label, c.stance]);

describe('menu chat refinements (rules)', () => {
  it.each([
    ['매운 거 말고', [['매운 메뉴', 'exclude']]],
    ['안 매운 걸로', [['매운 메뉴', 'exclude']]],
    ['맵지 않은 거', [['매운 메뉴', 'exclude']]],
    ['매콤한 거 먹고 싶어', [['매운 메뉴', 'prefer']]],
    ['혼밥 메뉴로', [['혼밥 메뉴', 'prefer']]],
    ['국물 있는 걸로', [['국물 요리', 'prefer']]],
    ['치킨 빼고 피자', [['치킨', 'exclude'], ['피자', 'prefer']]],
    ['찜닭 어때', [['찜 요리', 'prefer']]],
    ['탕수육 먹고 싶다', [['중식', 'prefer']]],
  ])('%s', (text, expected) => {
    expect(changes(text).sort()).toEqual([...expected].sort());
  });

  it('"다른 거" reshuffles; nonsense is not understood', () => {
    expect(parseRefinement('다른 거 추천해줘').shuffle).toBe(true);
    expect(understood(parseRefinement('음...'))).toBe(false);
  });

  it('later messages override earlier ones', () => {
    let prefs = applyRefinement(noPreferences(), parseRefinement('매운 거 말고'));
    expect(prefs.tags.spicy).toBe('exclude');
    prefs = applyRefinement(prefs, parseRefinement('혼밥 메뉴로'));
    expect(prefs.tags).toEqual({ spicy: 'exclude', solo: 'prefer' });
    prefs = applyRefinement(prefs, parseRefinement('역시 매운 게 좋아'));
    expect(prefs.tags.spicy).toBe('prefer');
  });

  it('answers in Korean with the right particle', () => {
    expect(describeRefinement(parseRefinement('매운 거 말고 혼밥 메뉴로'))).toBe('알겠어요! 매운 메뉴는 빼고 혼밥 메뉴 위주로 다시 골랐어요.');
    expect(describeRefinement(parseRefinement('해산물 빼고'))).toBe('알겠어요! 해산물은 빼고 다시 골랐어요.');
  });
});
