import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reports } from '@/db/schema';
import { toReportView } from './mutations';

/** My reports, newest first (the last 100): what I reported and whether it was handled. */
export async function listMyReports(db: Db, reporterId: number) {
  const rows = await db.select().from(reports).where(eq(reports.reporterId, reporterId)).orderBy(desc(reports.createdAt), desc(reports.id)).limit(100);
  return { items: rows.map(toReportView) };
}
