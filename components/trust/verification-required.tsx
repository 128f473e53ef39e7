import Link from '@/components/ui/link';

/** Under a refused join (403 reason "verification_required"): the way to the check on /me. */
export function VerificationRequiredLink({ reason }: { reason: string | undefined }) {
  if (reason !== 'verification_required') return null;
  return (
    <Link href="/me#verify" className="self-start text-sm font-semibold text-brand-700 underline" data-testid="verify-link">
      동네인증 하러 가기
    </Link>
  );
}
