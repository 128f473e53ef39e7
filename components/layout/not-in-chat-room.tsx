'use client';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** A chat room has the whole screen (the composer must stay in view): banners wait for the next page. */
export const isChatRoomPath = (pathname: string) => /^\/chat\/\d+/.test(pathname);

export function NotInChatRoom({ children }: { children: ReactNode }) {
  return isChatRoomPath(usePathname() ?? '/') ? null : children;
}
