import { z } from 'zod';

const ko = z.locales.ko();
const koreanType: Record<string, string> = {
  number: '숫자',
  int: '정수',
  bigint: '정수',
  string: '글자',
  boolean: '참/거짓 값',
  array: '목록',
  object: '객체',
  date: '날짜',
  null: '빈 값',
  undefined: '없는 값',
  nan: '숫자가 아닌 값',
  file: '파일',
  set: '목록',
  map: '객체',
};
const type = (name: unknown) => (typeof name === 'string' ? (koreanType[name] ?? name) : '값');

/**
 * Default messages in Korean for anything a schema does not word itself. zod's Korean locale
 * leaves type names in English ("number이 너무 큽니다"); these say the same thing in words a
 * person reads.
 */
z.config({
  localeError: (issue) => {
    const i = issue as { code: string; origin?: string; maximum?: unknown; minimum?: unknown; inclusive?: boolean; expected?: string };
    const bound = (v: unknown) => (typeof v === 'bigint' || typeof v === 'number' ? Number(v).toLocaleString('ko-KR') : String(v));
    switch (i.code) {
      case 'too_big':
        if (i.origin === 'string') return `${bound(i.maximum)}자 ${i.inclusive === false ? '미만' : '이하'}로 입력해 주세요.`;
        if (i.origin === 'array' || i.origin === 'set') return `${bound(i.maximum)}개 ${i.inclusive === false ? '미만' : '이하'}로 골라 주세요.`;
        return `${bound(i.maximum)} ${i.inclusive === false ? '미만' : '이하'}여야 합니다.`;
      case 'too_small':
        if (i.origin === 'string') return Number(i.minimum) <= 1 ? '입력해 주세요.' : `${bound(i.minimum)}자 이상 입력해 주세요.`;
        if (i.origin === 'array' || i.origin === 'set') return `${bound(i.minimum)}개 이상 골라 주세요.`;
        return `${bound(i.minimum)} ${i.inclusive === false ? '초과' : '이상'}여야 합니다.`;
      case 'invalid_type':
        return `${type(i.expected)} 형식으로 보내 주세요.`;
      default: {
        const message = ko.localeError(issue);
        return typeof message === 'string' ? message : message?.message;
      }
    }
  },
});

export { z };
