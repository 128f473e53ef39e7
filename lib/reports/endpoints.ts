import { endpointGroup } from '@/lib/core/endpoint';
import { createReportBody, createReportResult, myReports } from './schema';

const api = endpointGroup({ tag: 'reports', auth: 'required' });

export const createReportEndpoint = api.create('/api/reports', 'Report a post, message, game, space or user (enough distinct reporters hide it pending review)', createReportBody, createReportResult, { errors: [403, 404, 409] });

export const myReportsEndpoint = api.define({ method: 'GET', path: '/api/reports/mine', summary: 'My reports, newest first', responses: { 200: myReports } });
