import type { MetadataRoute } from 'next';

/** The install manifest (/manifest.webmanifest); icons come from public/icons/icon.svg (scripts/generate-icons.ts). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: '동네 — 이웃과 함께',
    short_name: '동네',
    description: '배달 같이 시키기, 동네생활, 픽업 게임, 공간 대여까지 우리 동네 이웃과 함께.',
    lang: 'ko',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#fafaf9',
    theme_color: '#c2410c',
    categories: ['social', 'lifestyle'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
