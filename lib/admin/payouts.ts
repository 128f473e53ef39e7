import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { transact } from '@/lib/core/transact';
import { notify } from '@/lib/notifications/notify';
import { won } from '@/lib/settlements/labels';
import { declinePayout, settlePayout } from '@/lib/settlements/payouts';
import { toPayoutView } from '@/lib/settlements/queries';
import { audit } from './mutations';

/** An admin sent the money: the payout is paid, the ledger debited, the user told; audited. */
export async function markPayoutPaid(db: Db, admin: User, id: number, { memo }: { memo: string }, clock: Clock = systemClock) {
  return transact(db, async (tx) => {
    const paid = await settlePayout(tx, id, admin.id, clock(), memo);
    const auditId = await audit(tx, admin, { action: 'payout_paid', targetType: 'payout', targetId: id, reason: memo || '출금 완료', details: { userId: paid.userId, amount: paid.amount } });
    await notify(tx, [
      { userId: paid.userId, type: 'payout_paid', title: `${won(paid.amount)} 출금이 완료되었어요`, body: '등록한 계좌로 보냈어요.', link: '/settlements', dedupeKey: `payout:${id}:paid` },
    ]);
    return { payout: toPayoutView(paid), auditId };
  });
}

/** An admin turned the request down (with the reason the user is told); audited. */
export async function rejectPayout(db: Db, admin: User, id: number, { reason }: { reason: string }, clock: Clock = systemClock) {
  return transact(db, async (tx) => {
    const rejected = await declinePayout(tx, id, admin.id, clock(), reason);
    const auditId = await audit(tx, admin, { action: 'payout_rejected', targetType: 'payout', targetId: id, reason, details: { userId: rejected.userId, amount: rejected.amount } });
    await notify(tx, [
      { userId: rejected.userId, type: 'payout_rejected', title: `${won(rejected.amount)} 출금 요청이 거절되었어요`, body: reason, link: '/settlements', dedupeKey: `payout:${id}:rejected` },
    ]);
    return { payout: toPayoutView(rejected), auditId };
  });
}
