export const spaceTypes = ['party_room', 'study_room', 'meeting_room', 'practice_room', 'studio', 'kitchen', 'sports', 'other'] as const;
export type SpaceType = (typeof spaceTypes)[number];

export const amenityKeys = [
  'parking',
  'wifi',
  'projector',
  'kitchen',
  'sound_system',
  'shower',
  'whiteboard',
  'air_conditioning',
  'restroom',
  'pet_friendly',
] as const;
export type Amenity = (typeof amenityKeys)[number];

export const cancellationPolicies = ['flexible', 'moderate', 'strict'] as const;
export type CancellationPolicy = (typeof cancellationPolicies)[number];

/** `deleted` keeps the row for its past reservations; such a space is gone for everyone (404). */
export const spaceStatuses = ['active', 'paused', 'deleted'] as const;
export type SpaceStatus = (typeof spaceStatuses)[number];

/**
 * pending_payment (held for the 15-minute checkout) → confirmed (paid) → completed (ended);
 * in approval mode pending_payment → requested (paid, waiting for the host) → confirmed, or
 * declined by the host, or expired unanswered (both refunded in full);
 * expired when the payment failed or timed out; cancelled by the guest or the host.
 * pending_payment, requested, confirmed and completed hold their time range: a trigger keeps a space_holds row for them, and one
 * exclusion constraint over space_holds keeps holds (bookings plus buffer, host blocks) apart.
 */
export const reservationStatuses = ['pending_payment', 'requested', 'confirmed', 'completed', 'cancelled', 'declined', 'expired'] as const;
export type ReservationStatus = (typeof reservationStatuses)[number];

export const bookingModes = ['instant', 'approval'] as const;
export type BookingMode = (typeof bookingModes)[number];
