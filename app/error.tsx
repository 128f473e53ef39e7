'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">문제가 생겼습니다</h1>
      <p className="text-stone-600">잠시 후 다시 시도해 주세요.</p>
      <button onClick={reset} className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white">
        다시 시도
      </button>
    </div>
  );
}
