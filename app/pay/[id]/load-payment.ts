import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { DomainError } from '@/lib/core/domain-error';
import { getMyPayment } from '@/lib/payments/queries';

/** The signed-in payer's payment for the checkout and result pages; anything else is a 404 page. */
export async function loadMyPayment(rawId: string, returnTo: string) {
  const me = await requireSessionUser(returnTo);
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  try {
    return { me, payment: await getMyPayment(getDb(), me.id, id) };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  }
}
