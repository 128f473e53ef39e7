'use client';
import NextLink from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * next/link that prefetches when someone reaches for it (pointer over, focus, touch) rather than
 * when it scrolls into view. Our pages are dynamic: viewport prefetching rendered every visible
 * link's page on the server and parsed the payloads on the phone during the first seconds of
 * every page load (8–16 renders on the home page; Lighthouse counted the parsing as blocking
 * time). The pattern is Next's own (guides/prefetching, "Hover-triggered prefetch").
 */
export default function Link({ prefetch, onPointerEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={prefetch === false ? false : intent ? prefetch : false}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
