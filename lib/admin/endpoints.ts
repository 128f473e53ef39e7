import { endpointGroup } from '@/lib/core/endpoint';
import { targetParams } from '@/lib/reports/schema';
import {
  actionResult,
  adminContent,
  adminContentQuery,
  adminUsers,
  adminUsersQuery,
  auditLog,
  auditQuery,
  reportQueue,
  reportQueueQuery,
  targetActionBody,
  userActionBody,
  userIdParams,
} from './schema';

// Every admin route answers 404 to anyone but an admin, as if it did not exist.
const admin = endpointGroup({ tag: 'admin', auth: 'required', role: 'admin', errors: [404] });
const audited = { errors: [404, 409] };

export const reportQueueEndpoint = admin.list('/api/admin/reports', 'Reports grouped by target, newest or most reported first (admins)', reportQueueQuery, reportQueue);

export const moderateTargetEndpoint = admin.action('/api/admin/reports/{targetType}/{targetId}', 'Act on reported content: dismiss, hide, unhide, delete, warn, suspend or ban its author (admins, audited)', actionResult, { ...audited, params: targetParams, body: targetActionBody });

export const adminUsersEndpoint = admin.list('/api/admin/users', 'Users with activity counts and reports against them (admins)', adminUsersQuery, adminUsers);

export const moderateUserEndpoint = admin.action('/api/admin/users/{id}', 'Warn, suspend, unsuspend, ban, unban, restore, grant or revoke admin (admins, audited)', actionResult, { ...audited, params: userIdParams, body: userActionBody });

export const adminContentEndpoint = admin.list('/api/admin/content', 'Posts, messages, games or spaces, newest first, optionally only hidden ones (admins)', adminContentQuery, adminContent);

export const auditLogEndpoint = admin.list('/api/admin/audit', 'Every admin action, newest first (append-only)', auditQuery, auditLog);
