import { Spinner } from '@/components/ui/spinner';

export default function Loading() {
  return (
    <div className="flex justify-center py-16 text-stone-600" role="status">
      <Spinner label="불러오는 중…" />
    </div>
  );
}
