import type { GameGender, GameLevel, Sport, TimeOfDay } from '@/db/constants/games';

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

export const genderLabels: Record<GameGender, string> = { mixed: '혼성', male: '남성', female: '여성' };

export const timeOfDayLabels: Record<TimeOfDay, string> = {
  dawn: '새벽 (0–6시)',
  morning: '오전 (6–12시)',
  afternoon: '오후 (12–18시)',
  evening: '저녁 (18–21시)',
  night: '밤 (21–24시)',
};

/** ISO weekdays: index 1 is Monday … 7 Sunday. */
export const isoWeekdayLabels = ['', '월', '화', '수', '목', '금', '토', '일'] as const;

/** "15분", "2시간", "1시간 30분". */
export function durationLabel(minutes: number) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h && `${h}시간`, m && `${m}분`].filter(Boolean).join(' ');
}

/** What the waitlist does, exactly: free games seat you; paid ones offer the seat for the game's window. */
export const waitlistRule = (fee: number, offerMinutes: number) =>
  fee === 0
    ? '자리가 나면 순서대로 바로 참여되고 알림을 보내 드려요.'
    : `자리가 나면 순서대로 알림을 보내 드려요. 그때부터 ${durationLabel(offerMinutes)} 안에 결제하면 참여가 확정되고, 결제하지 않으면 자리는 다음 대기자에게 넘어가요.`;
