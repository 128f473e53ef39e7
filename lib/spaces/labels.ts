import type { Amenity, CancellationPolicy, ReservationStatus, SpaceType } from '@/db/constants/spaces';

/** Korean names for people; the API keeps the English values. Safe to import in client components. */
export const spaceTypeLabel: Record<SpaceType, string> = {
  party_room: '파티룸',
  study_room: '스터디룸',
  meeting_room: '회의실',
  practice_room: '연습실',
  studio: '스튜디오',
  kitchen: '공유주방',
  sports: '운동시설',
  other: '기타',
};

export const amenityLabel: Record<Amenity, string> = {
  parking: '주차',
  wifi: '와이파이',
  projector: '빔프로젝터',
  kitchen: '주방',
  sound_system: '음향장비',
  shower: '샤워실',
  whiteboard: '화이트보드',
  air_conditioning: '냉난방',
  restroom: '화장실',
  pet_friendly: '반려동물 동반',
};

export const policyLabels: Record<CancellationPolicy, { name: string; summary: string }> = {
  flexible: { name: '유연', summary: '이용 24시간 전까지 전액 환불, 이후 환불 없음' },
  moderate: { name: '보통', summary: '이용 3일 전까지 전액, 1일 전까지 50% 환불, 이후 환불 없음' },
  strict: { name: '엄격', summary: '이용 7일 전까지 50% 환불, 이후 환불 없음' },
};

export const reservationStatusLabel: Record<ReservationStatus, string> = {
  pending_payment: '결제 대기',
  requested: '승인 대기 중',
  confirmed: '예약 확정',
  completed: '이용 완료',
  cancelled: '취소됨',
  declined: '거절됨',
  expired: '만료됨',
};
