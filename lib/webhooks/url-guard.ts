import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { fieldError } from '@/lib/core/domain-error';
import { env } from '@/lib/env';

/**
 * Addresses a webhook may never reach (SSRF): "this network", private, carrier-grade NAT,
 * loopback, link-local (cloud metadata at 169.254.169.254), benchmarking, documentation,
 * multicast and reserved ranges, and their IPv6 counterparts (unique-local, link-local, IPv4
 * mapped and translated addresses are checked as the IPv4 address they carry).
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64]] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 (64:ff9b::/96) IPv6 address. */
function embeddedIpv4(address: string) {
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

export function isPublicAddress(address: string) {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family !== 6) return false;
  const v4 = embeddedIpv4(address.toLowerCase());
  if (v4) return !blocked.check(v4, 'ipv4');
  return !blocked.check(address, 'ipv6');
}

const allowedHost = (hostname: string) => env().WEBHOOK_ALLOWED_HOSTS.some((h) => h.toLowerCase() === hostname.toLowerCase());

/** A URL's host name as DNS and the address check see it (IPv6 literals lose their brackets). */
const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Why a URL cannot be a webhook, before any lookup; null when its shape is fine. */
function shapeProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '올바른 URL이 아닙니다.';
  }
  if (url.username || url.password) return '주소에 사용자 이름이나 비밀번호를 넣을 수 없습니다.';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && allowedHost(bareHost(url))) return null;
  return 'https 주소만 쓸 수 있습니다.';
}

/**
 * Every address a host name resolves to must be public (one private answer is enough to refuse:
 * a resolver may hand either out). Hosts in WEBHOOK_ALLOWED_HOSTS skip the check.
 */
export async function resolvePublicAddresses(hostname: string): Promise<{ address: string; family: number }[]> {
  const addresses = isIP(hostname) ? [{ address: hostname, family: isIP(hostname) }] : await lookup(hostname, { all: true, verbatim: true });
  if (!allowedHost(hostname) && (!addresses.length || addresses.some((a) => !isPublicAddress(a.address)))) {
    throw new Error(`${hostname} resolves to a private, loopback or link-local address`);
  }
  return addresses;
}

/** For POST and PATCH: a URL the sender may use, checked now (the sender checks again at each send). */
export async function assertWebhookUrl(raw: string) {
  const problem = shapeProblem(raw);
  if (problem) throw fieldError('url', problem);
  const url = new URL(raw);
  try {
    await resolvePublicAddresses(bareHost(url));
  } catch (error) {
    const unresolved = (error as NodeJS.ErrnoException).code === 'ENOTFOUND' || (error as NodeJS.ErrnoException).code === 'ENODATA';
    throw fieldError('url', unresolved ? '주소의 호스트를 찾을 수 없습니다.' : '사설·루프백·링크 로컬 주소로는 보낼 수 없습니다. 공개된 https 주소를 써 주세요.');
  }
}

export { bareHost, shapeProblem };
