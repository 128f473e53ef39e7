import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMailer, outboxMailer } from './mailer';
import { passwordResetMail } from './templates';

const message = () => passwordResetMail({ to: 'who@dongne.test', username: '<민지>', link: 'http://localhost/reset-password/abc' });

describe('mailer without SMTP', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes each message as an .eml file and logs the link outside production', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dongne-outbox-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await outboxMailer(dir).send(message());
    const [file] = readdirSync(dir);
    const raw = readFileSync(path.join(dir, file!), 'utf8');
    expect(raw).toMatch(/^To: who@dongne\.test$/m);
    expect(raw).toContain('Content-Type: text/html');
    expect(raw).not.toContain('<민지>'); // the name is escaped in the HTML part
    expect(log.mock.calls.flat().join(' ')).toContain('http://localhost/reset-password/abc');
  });

  it('keeps the link out of the production log', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dongne-outbox-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    try {
      await outboxMailer(dir).send(message());
    } finally {
      vi.unstubAllEnvs();
    }
    expect(log.mock.calls.flat().join(' ')).not.toContain('reset-password/abc');
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('follows SMTP_URL and MAIL_DIR as they change', () => {
    const before = getMailer();
    expect(getMailer()).toBe(before);
    vi.stubEnv('MAIL_DIR', mkdtempSync(path.join(tmpdir(), 'dongne-outbox-')));
    try {
      expect(getMailer()).not.toBe(before);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
