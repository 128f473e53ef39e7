import type { Metadata } from 'next';
import { apiDocument } from '@/app/openapi';

export const metadata: Metadata = { title: 'API 문서' };

type Operation = {
  summary: string;
  tags: string[];
  parameters: { name: string; in: string; required: boolean; schema: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
  security: unknown[];
};

const methodColour: Record<string, string> = {
  get: 'bg-sky-100 text-sky-900',
  post: 'bg-green-100 text-green-900',
  patch: 'bg-amber-100 text-amber-900',
  delete: 'bg-red-100 text-red-900',
};

function Schema({ value }: { value: unknown }) {
  return (
    <pre className="mt-1 max-h-80 overflow-auto rounded-lg bg-stone-900 p-3 text-xs leading-relaxed text-stone-100">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** People's view of GET /api/openapi.json, rendered from the same document. */
export default function DocsPage() {
  const doc = apiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Operation })),
  );
  const tags = [...new Set(operations.map((o) => o.op.tags[0]))];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{doc.info.title}</h1>
        <p className="mt-2 text-sm text-stone-700">{doc.info.description}</p>
        <p className="mt-2 text-sm">
          기계가 읽는 문서:{' '}
          <a href="/api/openapi.json" className="font-medium text-brand-700 underline">
            /api/openapi.json
          </a>
        </p>
      </div>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`} className="mb-2 text-lg font-bold">
            {tag}
          </h2>
          <ul className="flex flex-col gap-2">
            {operations
              .filter((o) => o.op.tags[0] === tag)
              .map(({ path, method, op }) => (
                <li key={`${method} ${path}`} className="rounded-xl border border-stone-200 bg-white">
                  <details>
                    <summary className="flex cursor-pointer flex-wrap items-center gap-2 p-3">
                      <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${methodColour[method] ?? ''}`}>
                        {method}
                      </span>
                      <code className="font-mono text-sm">{path}</code>
                      <span className="text-sm text-stone-600">{op.summary}</span>
                    </summary>
                    <div className="flex flex-col gap-3 border-t border-stone-200 p-3 text-sm">
                      <p>인증: {op.security.length === 0 ? '필요 없음' : op.security.some((s) => Object.keys(s as object).length === 0) ? '선택' : '필요 (Bearer 또는 세션 쿠키)'}</p>
                      {op.parameters.length > 0 && (
                        <div>
                          <h3 className="font-semibold">파라미터</h3>
                          <ul className="mt-1 list-disc pl-5">
                            {op.parameters.map((p) => (
                              <li key={`${p.in}-${p.name}`}>
                                <code>{p.name}</code> ({p.in}
                                {p.required ? ', 필수' : ''}) <code className="text-stone-600">{JSON.stringify(p.schema)}</code>
                              </li>
                            ))}
                          </ul>
                        </div>
                      )}
                      {op.requestBody && (
                        <div>
                          <h3 className="font-semibold">요청 본문</h3>
                          <Schema value={op.requestBody.content['application/json']?.schema} />
                        </div>
                      )}
                      <div>
                        <h3 className="font-semibold">응답</h3>
                        <ul className="mt-1 flex flex-col gap-2">
                          {Object.entries(op.responses).map(([status, r]) => (
                            <li key={status}>
                              <strong>{status}</strong> {r.description}
                              {r.content && Number(status) < 400 && <Schema value={Object.values(r.content)[0]?.schema} />}
                            </li>
                          ))}
                        </ul>
                      </div>
                    </div>
                  </details>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
