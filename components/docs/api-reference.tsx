'use client';
import Script from 'next/script';
import { useEffect, useRef } from 'react';

type ScalarApp = { destroy?: () => void; app?: { unmount?: () => void } };
declare global {
  interface Window {
    Scalar?: { createApiReference: (target: HTMLElement, config: Record<string, unknown>) => ScalarApp };
  }
}

/**
 * Scalar's API reference (its standalone bundle, served from our own node_modules at
 * /docs/scalar.js: no CDN, so it works offline) over GET /api/openapi.json: search, try-it
 * against this server with a Bearer token, examples and code samples (curl first, then fetch).
 */
export function ApiReference({ nonce }: { nonce?: string }) {
  const target = useRef<HTMLDivElement>(null);
  const mounted = useRef<ScalarApp | null>(null);

  function mount() {
    if (!target.current || !window.Scalar || mounted.current) return;
    mounted.current = window.Scalar.createApiReference(target.current, {
      url: '/api/openapi.json',
      // Its default fonts come from Scalar's CDN: the page's own fonts instead.
      withDefaultFonts: false,
      hideDarkModeToggle: true,
      forceDarkModeState: 'light',
      authentication: { preferredSecurityScheme: 'bearer' },
      defaultHttpClient: { targetKey: 'shell', clientKey: 'curl' },
      hiddenClients: { c: true, clojure: true, csharp: true, dart: true, fsharp: true, go: true, http: true, java: true, kotlin: true, objc: true, ocaml: true, php: true, powershell: true, python: true, r: true, ruby: true, rust: true, swift: true },
      telemetry: false,
      // Its AI agent (on by default on localhost) talks to Scalar's servers: off, the docs stay offline.
      agent: { disabled: true },
    });
  }

  useEffect(() => {
    mount();
    return () => {
      mounted.current?.destroy?.();
      mounted.current?.app?.unmount?.();
      mounted.current = null;
    };
  }, []);

  return (
    <>
      <div ref={target} data-testid="api-reference" />
      <Script src="/docs/scalar.js" nonce={nonce} strategy="afterInteractive" onReady={mount} />
    </>
  );
}
