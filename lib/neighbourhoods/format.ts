/** "수원시장안구" → "수원시 장안구": the data writes self-governing-city wards without a space. */
export const displaySigungu = (sigungu: string) => sigungu.replace(/^(.+시)(.+[구군])$/u, '$1 $2');

export const fullName = (n: { sido: string; sigungu: string; dong: string }) =>
  `${n.sido} ${displaySigungu(n.sigungu)} ${n.dong}`;

export const shortName = (n: { sigungu: string; dong: string }) => `${displaySigungu(n.sigungu)} ${n.dong}`;
