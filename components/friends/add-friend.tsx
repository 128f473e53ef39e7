'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { addFriendEndpoint, searchUsersEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { friendKeys } from './friend-keys';

/**
 * Finds neighbours by a whole email or part of a nickname and adds them; an exact email
 * that search can't show (a private profile) is added the same way, by email.
 */
export function AddFriend() {
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [q, setQ] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [pendingId, setPendingId] = useState<number | 'email' | null>(null);
  const results = useQuery({
    queryKey: friendKeys.search(q),
    queryFn: ({ signal }) => callEndpoint(searchUsersEndpoint, { query: { q, size: 10 }, signal }),
    enabled: q.length >= 2,
  });

  async function add(body: { email: string } | { userId: number }) {
    errors.clear();
    setAdded(null);
    setPendingId('email' in body ? 'email' : body.userId);
    try {
      const friend = await callEndpoint(addFriendEndpoint, { body });
      setAdded(friend.user.username);
      await queryClient.invalidateQueries({ queryKey: friendKeys.all });
    } catch (error) {
      errors.show(error);
    } finally {
      setPendingId(null);
    }
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('q') ?? '').trim();
    setAdded(null);
    errors.clear();
    if (value.includes('@')) void add({ email: value });
    else setQ(value);
  }

  return (
    <div className="flex flex-col gap-3">
      <form onSubmit={onSubmit} noValidate className="flex items-end gap-2" role="search">
        <TextField
          label="이메일 또는 닉네임"
          name="q"
          className="flex-1"
          placeholder="neighbor@example.com"
          hint="이메일은 전체를 입력하면 바로 추가돼요."
          errors={errors.fields.email ?? errors.fields.q}
        />
        <Button type="submit" loading={pendingId === 'email'} className="mb-6">
          찾기
        </Button>
      </form>
      {errors.message && <Alert>{errors.message}</Alert>}
      {added && <Alert tone="success">{added}님을 친구로 추가했어요.</Alert>}
      {q.length >= 2 && results.isPending && <p className="text-sm text-stone-600">찾는 중…</p>}
      {results.isError && <Alert>검색하지 못했습니다. {results.error.message}</Alert>}
      {results.data && (
        <ul className="flex flex-col gap-2" aria-label="검색 결과">
          {results.data.items.length === 0 && <li className="text-sm text-stone-600">찾는 이웃이 없어요.</li>}
          {results.data.items.map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-2 rounded-xl border border-stone-200 bg-white px-3 py-2" data-testid="search-result">
              <Link href={`/users/${p.id}`} className="min-w-0 truncate font-semibold hover:underline">
                {p.username}
                {p.neighbourhood && <span className="ml-2 text-xs font-normal text-stone-600">{p.neighbourhood.dong}</span>}
              </Link>
              {p.isFriend ? (
                <span className="text-sm font-semibold text-brand-800">친구</span>
              ) : (
                <Button className="min-h-10! px-3! text-sm!" loading={pendingId === p.id} onClick={() => add({ userId: p.id })}>
                  친구 추가
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
