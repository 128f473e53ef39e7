import { z } from '@/lib/core/zod';

export const neighbourhoodCode = z
  .string({ error: '동네를 선택해 주세요.' })
  .regex(/^\d{10}$/, '동네를 선택해 주세요.')
  .meta({ description: '행정동 코드 (10자리)', examples: ['1144066000'] });

/** How a user's neighbourhood appears on a user. */
export const neighbourhoodRef = z.object({
  code: z.string().meta({ examples: ['1144066000'] }),
  sido: z.string().meta({ examples: ['서울특별시'] }),
  sigungu: z.string().meta({ examples: ['마포구'] }),
  dong: z.string().meta({ examples: ['서교동'] }),
});
export type NeighbourhoodRef = z.infer<typeof neighbourhoodRef>;

export const neighbourhood = neighbourhoodRef.extend({
  lat: z.number().meta({ examples: [37.55494] }),
  lng: z.number().meta({ examples: [126.92381] }),
  /** "제주특별자치도 제주시 용담2동", wards of self-governing cities spaced ("수원시 장안구"). */
  fullName: z.string().meta({ examples: ['서울특별시 마포구 서교동'] }),
});
export type NeighbourhoodView = z.infer<typeof neighbourhood>;

export const searchQuery = z.object({
  q: z.string().trim().min(1, '검색어를 입력해 주세요.').max(50, '검색어가 너무 깁니다.'),
  limit: z.coerce.number().int().min(1).max(20).default(20),
});

export const nearestQuery = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
});

export const codeParams = z.object({ code: neighbourhoodCode });
