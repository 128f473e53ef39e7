import type { GameLevel, Sport } from '@/db/constants/games';

/** Korean names for people; the API keeps the English values. Safe to import in client components (no zod). */
export const sportLabels: Record<Sport, string> = {
  futsal: '풋살',
  football: '축구',
  basketball: '농구',
  tennis: '테니스',
  badminton: '배드민턴',
  volleyball: '배구',
  baseball: '야구',
  running: '러닝',
  other: '기타',
};

export const levelLabels: Record<GameLevel, string> = {
  intro: '입문',
  beginner: '초급',
  intermediate: '중급',
  advanced: '상급',
  any: '무관',
};
