/** Distinct reporters with open reports that hide a target pending review (REPORT_HIDE_THRESHOLD, default 3). */
export function reportHideThreshold() {
  const value = Number(process.env.REPORT_HIDE_THRESHOLD);
  return Number.isInteger(value) && value > 0 ? value : 3;
}
