import { Alert } from '@/components/ui/alert';

/** A secret the server will never show again, with the words that say so. */
export function ShownOnce({ heading, value, testId }: { heading: string; value: string; testId: string }) {
  return (
    <Alert tone="success">
      <p className="font-semibold">{heading} 지금 복사해 두세요. 다시 보여 드리지 않아요.</p>
      <code data-testid={testId} className="mt-2 block break-all rounded bg-white p-2 text-sm select-all">
        {value}
      </code>
    </Alert>
  );
}
