import { Alert } from './alert';
import { Button } from './button';
import { Spinner } from './spinner';

/** A list or page still loading its first data. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="flex justify-center py-12 text-stone-600" role="status">
      <Spinner label={label} />
    </div>
  );
}

/** A failed load with its reason and a retry that shows progress. */
export function ErrorState({ message, onRetry, retrying }: { message: string; onRetry: () => void; retrying: boolean }) {
  return (
    <div className="flex flex-col items-start gap-3">
      <Alert>{message}</Alert>
      <Button variant="secondary" onClick={onRetry} loading={retrying}>
        다시 시도
      </Button>
    </div>
  );
}
