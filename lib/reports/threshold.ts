import { env } from '@/lib/env';

/** Distinct reporters with open reports that hide a target pending review (REPORT_HIDE_THRESHOLD, default 3). */
export const reportHideThreshold = () => env().REPORT_HIDE_THRESHOLD;
