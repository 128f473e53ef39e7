export const mealCategories = [
  '족발,보쌈',
  '찜,탕,찌개',
  '돈까스,회,일식',
  '피자',
  '고기구이',
  '양식',
  '치킨',
  '중식',
  '아시안',
  '백반,죽,국수',
  '도시락',
  '분식',
  '카페,디저트',
  '패스트푸드',
] as const;
export type MealCategory = (typeof mealCategories)[number];
