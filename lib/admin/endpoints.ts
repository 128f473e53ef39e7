import { defineEndpoint } from '@/lib/core/endpoint';
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
const admin = { tag: 'admin', auth: 'required' as const, role: 'admin' as const, errors: [404] };

export const reportQueueEndpoint = defineEndpoint({
  ...admin,
  method: 'GET',
  path: '/api/admin/reports',
  summary: 'Reports grouped by target, newest or most reported first (admins)',
  query: reportQueueQuery,
  responses: { 200: reportQueue },
});

export const moderateTargetEndpoint = defineEndpoint({
  ...admin,
  method: 'POST',
  path: '/api/admin/reports/{targetType}/{targetId}',
  summary: 'Act on reported content: dismiss, hide, unhide, delete, warn, suspend or ban its author (admins, audited)',
  params: targetParams,
  body: targetActionBody,
  responses: { 200: actionResult },
  errors: [404, 409],
});

export const adminUsersEndpoint = defineEndpoint({
  ...admin,
  method: 'GET',
  path: '/api/admin/users',
  summary: 'Users with activity counts and reports against them (admins)',
  query: adminUsersQuery,
  responses: { 200: adminUsers },
});

export const moderateUserEndpoint = defineEndpoint({
  ...admin,
  method: 'POST',
  path: '/api/admin/users/{id}',
  summary: 'Warn, suspend, unsuspend, ban, unban, restore, grant or revoke admin (admins, audited)',
  params: userIdParams,
  body: userActionBody,
  responses: { 200: actionResult },
  errors: [404, 409],
});

export const adminContentEndpoint = defineEndpoint({
  ...admin,
  method: 'GET',
  path: '/api/admin/content',
  summary: 'Posts, messages, games or spaces, newest first, optionally only hidden ones (admins)',
  query: adminContentQuery,
  responses: { 200: adminContent },
});

export const auditLogEndpoint = defineEndpoint({
  ...admin,
  method: 'GET',
  path: '/api/admin/audit',
  summary: 'Every admin action, newest first (append-only)',
  query: auditQuery,
  responses: { 200: auditLog },
});
