import Link from '@/components/ui/link';
import type { ReactNode } from 'react';

/** One block of the home page: a heading, an optional "more" link, and its content. */
export function HomeSection({ id, title, more, children }: { id: string; title: string; more?: { href: string; label: string }; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3" data-testid={`home-${id}`}>
      <div className="flex items-baseline justify-between gap-3">
        <h2 id={`${id}-title`} className="text-lg font-bold">
          {title}
        </h2>
        {more && (
          <Link href={more.href} className="shrink-0 text-sm font-medium text-brand-700 hover:underline">
            {more.label}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

export function SectionSkeleton({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-2">
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="h-16 animate-pulse rounded-2xl bg-stone-200/70" />
      ))}
    </div>
  );
}
