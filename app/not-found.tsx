import Link from '@/components/ui/link';

export default function NotFound() {
  return (
    <div className="flex flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">페이지를 찾을 수 없습니다</h1>
      <p className="text-stone-600">주소가 바뀌었거나 사라진 페이지예요.</p>
      <Link href="/" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white">
        홈으로
      </Link>
    </div>
  );
}
