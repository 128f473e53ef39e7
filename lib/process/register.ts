import { gamePurpose } from '@/lib/games/payment-purpose';
import { foundationJobs } from '@/lib/jobs/foundation-jobs';
import { gameJobs } from '@/lib/jobs/game-jobs';
import { trustJobs } from '@/lib/jobs/trust-jobs';
import { homeJobs } from '@/lib/jobs/home-jobs';
import { orderJobs } from '@/lib/jobs/order-jobs';
import { paymentJobs } from '@/lib/jobs/payment-jobs';
import { reservationJobs } from '@/lib/jobs/reservation-jobs';
import { registerJob } from '@/lib/jobs/sweeper';
import { mealOrderPurpose } from '@/lib/orders/payment-purpose';
import { demoPurpose } from '@/lib/payments/demo-purpose';
import { registerPurpose } from '@/lib/payments/purposes';
import { reservationPurpose } from '@/lib/reservations/purpose';

/*
 * What a process registers before it serves, called by server.ts (and the test setup) rather
 * than hidden in side-effect imports. Nothing in lib/ imports this module.
 */

/** What can be paid for; `demo` adds the browser tests' purpose (lib/payments/demo-purpose.ts). */
export function registerPaymentPurposes({ demo = false } = {}) {
  for (const purpose of [gamePurpose, reservationPurpose, mealOrderPurpose, ...(demo ? [demoPurpose] : [])]) registerPurpose(purpose);
}

/** Everything a committed domain event causes (lib/realtime/consumers.ts). */
export { registerConsumers } from '@/lib/realtime/consumers';

/** The background jobs the sweeper runs (lib/jobs/sweeper.ts). */
export function registerJobs() {
  for (const job of [...foundationJobs, ...gameJobs, ...paymentJobs, ...homeJobs, ...reservationJobs, ...orderJobs, ...trustJobs]) registerJob(job);
}
