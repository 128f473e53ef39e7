import { communityCategories, type CommunityCategory } from '@/db/constants/community';

export { communityCategories, type CommunityCategory };

/** What users read; the database and the API speak in the codes. */
export const categoryLabels: Record<CommunityCategory, string> = {
  question: '동네질문',
  daily: '일상',
  food: '맛집',
  lost: '분실/실종',
  hobby: '취미',
  exercise: '운동',
  info: '생활정보',
};

/** Categories named by the search words (the code itself, or part of the label), so `q=맛집` finds the 맛집 posts. */
export const categoriesMatching = (q: string): CommunityCategory[] => {
  const needle = q.toLowerCase();
  return communityCategories.filter((c) => c === needle || categoryLabels[c].includes(needle));
};
