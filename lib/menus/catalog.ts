import type { MealCategory } from '@/db/constants/boards';

/** What a menu is like; the rules and the chat's refinements speak in these words. */
export const menuTags = [
  'spicy', 'soup', 'cold', 'warm', 'rice', 'noodle', 'meat', 'seafood', 'light', 'hearty',
  'solo', 'share', 'sweet', 'fried', 'rainy', 'morning', 'late',
] as const;
export type MenuTag = (typeof menuTags)[number];

export type Menu = { name: string; category: MealCategory; tags: readonly MenuTag[] };

/** Every menu is one a neighbour could order on that category's board. */
export const MENUS: readonly Menu[] = [
  { name: '족발', category: '족발,보쌈', tags: ['meat', 'share', 'hearty', 'late'] },
  { name: '보쌈', category: '족발,보쌈', tags: ['meat', 'share', 'hearty'] },
  { name: '불족발', category: '족발,보쌈', tags: ['meat', 'spicy', 'share', 'late'] },
  { name: '김치찌개', category: '찜,탕,찌개', tags: ['soup', 'warm', 'spicy', 'rice', 'solo'] },
  { name: '부대찌개', category: '찜,탕,찌개', tags: ['soup', 'warm', 'spicy', 'share', 'hearty'] },
  { name: '감자탕', category: '찜,탕,찌개', tags: ['soup', 'warm', 'meat', 'share', 'hearty'] },
  { name: '순두부찌개', category: '찜,탕,찌개', tags: ['soup', 'warm', 'spicy', 'rice', 'solo', 'light'] },
  { name: '안동찜닭', category: '찜,탕,찌개', tags: ['meat', 'share', 'hearty', 'rice'] },
  { name: '돈까스', category: '돈까스,회,일식', tags: ['fried', 'meat', 'solo', 'rice'] },
  { name: '모둠회', category: '돈까스,회,일식', tags: ['seafood', 'cold', 'share', 'light', 'late'] },
  { name: '초밥', category: '돈까스,회,일식', tags: ['seafood', 'cold', 'solo', 'light', 'rice'] },
  { name: '냉모밀', category: '돈까스,회,일식', tags: ['noodle', 'cold', 'light', 'solo'] },
  { name: '우동', category: '돈까스,회,일식', tags: ['noodle', 'soup', 'warm', 'solo', 'rainy'] },
  { name: '페퍼로니 피자', category: '피자', tags: ['share', 'hearty', 'late'] },
  { name: '고구마 피자', category: '피자', tags: ['share', 'hearty', 'sweet'] },
  { name: '삼겹살', category: '고기구이', tags: ['meat', 'share', 'hearty'] },
  { name: '닭갈비', category: '고기구이', tags: ['meat', 'spicy', 'share', 'hearty'] },
  { name: '곱창구이', category: '고기구이', tags: ['meat', 'share', 'late', 'hearty'] },
  { name: '크림 파스타', category: '양식', tags: ['noodle', 'solo', 'warm'] },
  { name: '리조또', category: '양식', tags: ['rice', 'solo', 'warm'] },
  { name: '함박스테이크', category: '양식', tags: ['meat', 'rice', 'solo', 'hearty'] },
  { name: '후라이드 치킨', category: '치킨', tags: ['fried', 'share', 'late', 'meat'] },
  { name: '양념치킨', category: '치킨', tags: ['fried', 'share', 'late', 'sweet', 'meat'] },
  { name: '간장치킨', category: '치킨', tags: ['fried', 'share', 'late', 'meat'] },
  { name: '짜장면', category: '중식', tags: ['noodle', 'solo', 'warm'] },
  { name: '짬뽕', category: '중식', tags: ['noodle', 'soup', 'spicy', 'warm', 'rainy', 'seafood'] },
  { name: '탕수육', category: '중식', tags: ['fried', 'share', 'meat'] },
  { name: '쌀국수', category: '아시안', tags: ['noodle', 'soup', 'warm', 'light', 'solo'] },
  { name: '마라탕', category: '아시안', tags: ['soup', 'spicy', 'warm', 'solo'] },
  { name: '팟타이', category: '아시안', tags: ['noodle', 'solo'] },
  { name: '분짜', category: '아시안', tags: ['noodle', 'cold', 'light', 'meat'] },
  { name: '칼국수', category: '백반,죽,국수', tags: ['noodle', 'soup', 'warm', 'rainy', 'solo'] },
  { name: '돼지국밥', category: '백반,죽,국수', tags: ['soup', 'warm', 'rice', 'hearty', 'solo', 'meat'] },
  { name: '물냉면', category: '백반,죽,국수', tags: ['noodle', 'cold', 'solo', 'light'] },
  { name: '전복죽', category: '백반,죽,국수', tags: ['rice', 'warm', 'light', 'morning', 'solo', 'seafood'] },
  { name: '제육볶음 백반', category: '백반,죽,국수', tags: ['rice', 'meat', 'spicy', 'solo', 'hearty'] },
  { name: '샐러드', category: '도시락', tags: ['light', 'cold', 'solo', 'morning'] },
  { name: '치킨마요 도시락', category: '도시락', tags: ['rice', 'solo', 'meat', 'hearty'] },
  { name: '떡볶이', category: '분식', tags: ['spicy', 'share', 'late', 'solo'] },
  { name: '김밥', category: '분식', tags: ['rice', 'light', 'solo', 'morning'] },
  { name: '해물파전', category: '분식', tags: ['fried', 'share', 'rainy', 'seafood'] },
  { name: '어묵탕', category: '분식', tags: ['soup', 'warm', 'share', 'late', 'light'] },
  { name: '팥빙수', category: '카페,디저트', tags: ['cold', 'sweet', 'share'] },
  { name: '케이크', category: '카페,디저트', tags: ['sweet', 'share'] },
  { name: '토스트와 커피', category: '카페,디저트', tags: ['morning', 'light', 'solo', 'sweet'] },
  { name: '수제버거', category: '패스트푸드', tags: ['solo', 'fried', 'hearty', 'meat'] },
  { name: '핫도그와 감자튀김', category: '패스트푸드', tags: ['fried', 'solo', 'late'] },
];
