import type { ReactNode } from 'react';

export function Card({ title, children, className = '', id }: { title?: string; children: ReactNode; className?: string; id?: string }) {
  return (
    // With an id, the title names the section (a landmark region screen readers can jump to).
    <section id={id} aria-labelledby={id && title ? `${id}-title` : undefined} className={`rounded-2xl border border-stone-200 bg-white p-5 shadow-sm ${className}`}>
      {title && (
        <h2 id={id && `${id}-title`} className="mb-4 text-lg font-bold">
          {title}
        </h2>
      )}
      {children}
    </section>
  );
}
