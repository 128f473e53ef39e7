export const paymentStatuses = ['ready', 'approved', 'failed', 'expired', 'cancelled', 'partially_cancelled'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];
