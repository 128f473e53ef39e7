import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { ApiReference } from '@/components/docs/api-reference';

export const metadata: Metadata = { title: 'API 문서' };

/** The interactive reference of GET /api/openapi.json (components/docs/api-reference.tsx). */
export default async function DocsPage() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">동네 API 문서</h1>
        <p className="mt-2 text-sm text-stone-700">
          POST /api/tokens 로 받은 액세스 토큰을 Authentication의 Bearer 칸에 넣으면 여기서 바로 요청을 보내 볼 수 있어요. 기계가 읽는 문서:{' '}
          <a href="/api/openapi.json" className="font-medium text-brand-700 underline">
            /api/openapi.json
          </a>
        </p>
      </div>
      <ApiReference nonce={nonce} />
    </div>
  );
}
