/** The review tags' Korean names, for client components (which don't import db/ or zod). */
export { reviewTagLabels } from '@/db/constants/reviews';
