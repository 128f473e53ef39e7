'use client';
import { useState } from 'react';
import { useAction } from '@/components/ui/use-action';
import { callEndpoint } from '@/lib/http/client';
import { likeSpaceEndpoint, unlikeSpaceEndpoint } from '@/lib/http/routes';

/** 찜: toggles at once and settles on the server's count. */
export function LikeButton({ spaceId, liked: initialLiked, count: initialCount }: { spaceId: number; liked: boolean; count: number }) {
  const [state, setState] = useState({ liked: initialLiked, count: initialCount });
  const toggle = useAction(
    async () => {
      const input = { params: { id: spaceId } };
      const result = await (state.liked ? callEndpoint(unlikeSpaceEndpoint, input) : callEndpoint(likeSpaceEndpoint, input));
      setState({ liked: result.liked, count: result.likeCount });
    },
    { fallback: '찜하지 못했습니다.' },
  );

  return (
    <div className="flex flex-col items-end">
      <button
        type="button"
        onClick={() => toggle.run()}
        disabled={toggle.pending}
        aria-pressed={state.liked}
        className="inline-flex min-h-11 items-center gap-1 rounded-full border border-stone-300 px-4 text-sm font-semibold hover:bg-stone-100"
      >
        <span aria-hidden="true" className={state.liked ? 'text-red-600' : 'text-stone-500'}>
          ♥
        </span>
        찜 {state.count}
      </button>
      {toggle.error && <p role="alert" className="text-sm text-red-700">{toggle.error}</p>}
    </div>
  );
}
