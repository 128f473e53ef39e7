/**
 * The sandbox's test cards, shared by the checkout page and POST /api/payments/{id}/sandbox-authorize:
 * one that pays, one that the "card company" declines (the payment stays payable with another card).
 */
export const SANDBOX_CARDS = { approved: '4242424242424242', declined: '4000000000000002' } as const;

/** Digits only: "4242 4242-4242 4242" is the approved card. */
export const cardDigits = (cardNumber: string) => cardNumber.replace(/\D/g, '');
