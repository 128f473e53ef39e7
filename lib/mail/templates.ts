import type { MailMessage } from './mailer';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function layout({ to, subject, greeting, lines, action, link, footer }: {
  to: string; subject: string; greeting: string; lines: string[]; action: string; link: string; footer: string;
}): MailMessage {
  const text = [greeting, '', ...lines, '', `${action}: ${link}`, '', footer, '', '— 동네'].join('\n');
  const html = `<!doctype html><html lang="ko"><body style="font-family:sans-serif;color:#1c1917;line-height:1.6">
<p>${escapeHtml(greeting)}</p>
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(link)}" style="display:inline-block;background:#c2410c;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:bold">${escapeHtml(action)}</a></p>
<p style="font-size:13px;color:#57534e">버튼이 열리지 않으면 이 주소를 브라우저에 붙여 넣으세요:<br>${escapeHtml(link)}</p>
<p style="font-size:13px;color:#57534e">${escapeHtml(footer)}</p>
<p>— 동네</p></body></html>`;
  return { to, subject, text, html, link };
}

export const passwordResetMail = ({ to, username, link }: { to: string; username: string; link: string }) =>
  layout({
    to,
    subject: '[동네] 비밀번호 재설정 안내',
    greeting: `${username}님, 안녕하세요.`,
    lines: ['비밀번호 재설정을 요청하셨습니다. 아래 링크에서 새 비밀번호를 정해 주세요.', '링크는 30분 동안, 한 번만 쓸 수 있습니다.'],
    action: '비밀번호 재설정하기',
    link,
    footer: '요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.',
  });

export const verificationMail = ({ to, username, link }: { to: string; username: string; link: string }) =>
  layout({
    to,
    subject: '[동네] 이메일 주소를 인증해 주세요',
    greeting: `${username}님, 동네에 오신 걸 환영해요.`,
    lines: ['아래 링크를 누르면 이메일 인증이 끝납니다. 인증된 계정만 유료 게임을 열고 공간을 등록할 수 있어요.', '링크는 24시간 동안 쓸 수 있습니다.'],
    action: '이메일 인증하기',
    link,
    footer: '동네에 가입하지 않으셨다면 이 메일을 무시하세요.',
  });
