import Link from '@/components/ui/link';
import type { ReactNode } from 'react';

type Props = {
  /** The link above the title back to the section, e.g. { href: '/games', label: '같이 운동' }. */
  back: { href: string; label: ReactNode };
  title: ReactNode;
  /** A line under the title. */
  description?: ReactNode;
  /** A button or link beside the title. */
  action?: ReactNode;
  /** Form pages are narrow; dashboards use the full width. */
  narrow?: boolean;
  children: ReactNode;
};

/** The frame of a section's inner page: the way back, the title (with its note or action) and the content. */
export function PageShell({ back, title, description, action, narrow, children }: Props) {
  const heading = <h1 className="text-2xl font-bold">{title}</h1>;
  return (
    <div className={`${narrow ? 'mx-auto max-w-xl ' : ''}flex flex-col gap-4`}>
      <Link href={back.href} className="self-start text-sm font-medium text-stone-600 hover:text-stone-900">
        ← {back.label}
      </Link>
      {action ? (
        <div className="flex items-start justify-between gap-3">
          {heading}
          {action}
        </div>
      ) : description ? (
        <div>
          {heading}
          <p className="mt-1 text-sm text-stone-600">{description}</p>
        </div>
      ) : (
        heading
      )}
      {children}
    </div>
  );
}
