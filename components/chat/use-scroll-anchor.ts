'use client';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/** What the list holds on screen until the reader scrolls: the newest message, or one landed on. */
type ScrollAnchor = { to: 'bottom' } | { to: 'message'; id: number };
const BOTTOM: ScrollAnchor = { to: 'bottom' };

const NEAR_BOTTOM_PX = 80;

export const isNearBottom = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;

type ListShape = {
  /** The oldest message shown: when it changes, older messages went in above. */
  firstId?: number;
  /** Changes when something is added at the bottom. */
  tailKey: string;
  /** Go to the bottom for what was added there (I sent it, or I was reading there). */
  followTail: boolean;
  /** Land on this message; `seq` tells repeated jumps to the same one apart. */
  landing: { id: number; seq: number } | null;
};

/**
 * Keeps the scroller at its anchor whenever its layout changes, not only when React renders: a
 * photo that sizes late, the keyboard opening, or the list being hidden and shown again (React
 * hides a suspended boundary's content with `display: none`, which drops the scroll position).
 * A scroll the list did not cause (same sizes, another position) hands control to the reader:
 * the anchor is then `null` until they come back to the bottom.
 */
export function useScrollAnchor({ firstId, tailKey, followTail, landing }: ListShape) {
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const anchor = useRef<ScrollAnchor | null>(BOTTOM);
  // Where the last apply left the scroller, and the sizes it had then.
  const settled = useRef<{ top: number; height: number; client: number } | null>(null);

  const apply = useCallback(() => {
    const el = scroller.current;
    const target = anchor.current;
    if (!el || !target) return;
    if (target.to === 'bottom') {
      el.scrollTop = el.scrollHeight;
    } else {
      const message = document.getElementById(`message-${target.id}`);
      if (message) {
        const box = el.getBoundingClientRect();
        const at = message.getBoundingClientRect();
        el.scrollTop += at.top - box.top - (box.height - at.height) / 2;
      }
    }
    settled.current = { top: el.scrollTop, height: el.scrollHeight, client: el.clientHeight };
  }, []);

  const hold = useCallback(
    (next: ScrollAnchor | null) => {
      anchor.current = next;
      apply();
    },
    [apply],
  );

  /** From the scroller's scroll event: did the reader move it? Updates the anchor accordingly. */
  const onScrolled = useCallback(() => {
    const el = scroller.current;
    if (!el) return false;
    const last = settled.current;
    const bottom = isNearBottom(el);
    if (!anchor.current) {
      if (bottom) anchor.current = BOTTOM;
      return true;
    }
    const byReader = !last || (el.scrollHeight === last.height && el.clientHeight === last.client && Math.abs(el.scrollTop - last.top) > 1);
    if (byReader) anchor.current = bottom ? BOTTOM : null;
    return byReader;
  }, []);

  useEffect(() => {
    const el = scroller.current;
    const inner = content.current;
    if (!el || !inner || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => apply());
    observer.observe(el);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [apply]);

  const previous = useRef<{ firstId?: number; tailKey: string; scrollHeight: number } | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const prev = previous.current;
    if (!prev || anchor.current) {
      if (prev && prev.firstId === firstId && prev.tailKey !== tailKey && followTail) anchor.current = BOTTOM;
      apply();
    } else if (prev.firstId !== firstId) {
      // Older messages went in above: keep what was on screen where it was.
      el.scrollTop += el.scrollHeight - prev.scrollHeight;
    } else if (prev.tailKey !== tailKey && followTail) {
      hold(BOTTOM);
    }
    previous.current = { firstId, tailKey, scrollHeight: el.scrollHeight };
  }, [firstId, tailKey, followTail, apply, hold]);

  const landingSeq = landing?.seq;
  const landingId = landing?.id;
  useLayoutEffect(() => {
    if (landingId !== undefined) hold({ to: 'message', id: landingId });
  }, [landingSeq, landingId, hold]);

  /** What is held now (`null`: the reader has the scroller). */
  const held = useCallback(() => anchor.current, []);

  return { scroller, content, held, hold, onScrolled };
}
