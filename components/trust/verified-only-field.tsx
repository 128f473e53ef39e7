/** The "동네인증한 이웃만" choice on the meal post and game forms. */
export function VerifiedOnlyField({ defaultChecked }: { defaultChecked?: boolean }) {
  return (
    <label className="flex min-h-11 items-start gap-3 text-sm">
      <input type="checkbox" name="verifiedOnly" defaultChecked={defaultChecked} className="mt-0.5 size-5 shrink-0 accent-brand-700" />
      <span>
        <span className="font-semibold">동네인증한 이웃만 받기</span>
        <span className="block text-stone-600">같은 시·군·구에서 최근 30일 안에 동네인증한 이웃만 참여할 수 있어요.</span>
      </span>
    </label>
  );
}
