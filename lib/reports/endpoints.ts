import { defineEndpoint } from '@/lib/core/endpoint';
import { createReportBody, createReportResult, myReports } from './schema';

export const createReportEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/reports',
  summary: 'Report a post, message, game, space or user (enough distinct reporters hide it pending review)',
  tag: 'reports',
  auth: 'required',
  body: createReportBody,
  responses: { 201: createReportResult },
  errors: [403, 404, 409],
});

export const myReportsEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/reports/mine',
  summary: 'My reports, newest first',
  tag: 'reports',
  auth: 'required',
  responses: { 200: myReports },
});
