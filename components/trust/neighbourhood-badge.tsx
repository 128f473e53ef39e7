import { TemperatureChip } from './temperature';

/** "동네인증 ✓ 용담2동": the person proved with their phone's position that they live in this dong (within 30 days). */
export function NeighbourhoodBadge({ dong, className = '' }: { dong: string; className?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ${className}`}
      data-testid="neighbourhood-badge"
      title="휴대폰 위치로 이 동네에 사는 것을 확인했어요 (30일마다 다시 확인)"
    >
      동네인증 <span aria-hidden>✓</span> {dong}
    </span>
  );
}

/** The badge when the card's user has a current verification, nothing otherwise. */
export function MaybeNeighbourhoodBadge({ user }: { user: { verifiedDong?: string | null } }) {
  return user.verifiedDong ? <NeighbourhoodBadge dong={user.verifiedDong} /> : null;
}

/** A name on a card with what vouches for it: the 동네인증 badge and the 온도, when the card carries them. */
export function TrustedName({ user }: { user: { username: string; verifiedDong?: string | null; temperature?: number } }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span>{user.username}</span>
      <MaybeNeighbourhoodBadge user={user} />
      {user.temperature !== undefined && <TemperatureChip value={user.temperature} />}
    </span>
  );
}
