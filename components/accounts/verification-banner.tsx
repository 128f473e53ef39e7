import { ResendVerificationButton } from './resend-verification-button';

/** Unverified accounts use the app freely; this reminds them, and says what verification unlocks. */
export function VerificationBanner({ email }: { email: string }) {
  return (
    <div className="border-b border-amber-200 bg-amber-50" data-testid="verification-banner">
      <div className="mx-auto flex max-w-3xl flex-col gap-2 px-4 py-3 text-sm text-amber-900 sm:flex-row sm:items-center sm:justify-between">
        <p>
          <strong className="font-semibold">{email}</strong> 주소를 인증해 주세요. 인증하면 유료 게임을 열고 공간을 등록할 수 있어요.
        </p>
        <ResendVerificationButton />
      </div>
    </div>
  );
}
