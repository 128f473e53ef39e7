import 'server-only';
import { loadPage } from '@/lib/http/page-loader';
import { getMyPayment } from '@/lib/payments/queries';
import { paymentIdParams } from '@/lib/payments/schema';

/** The signed-in payer's payment for the checkout and result pages; anything else is a 404 page. */
export async function loadMyPayment(rawId: string, returnTo: string) {
  const { me, data: payment } = await loadPage({
    params: { id: rawId },
    schema: paymentIdParams,
    signIn: () => returnTo,
    load: ({ db, params, me }) => getMyPayment(db, me.id, params.id),
  });
  return { me, payment };
}
