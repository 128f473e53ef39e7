import type { Page } from '@playwright/test';

/** Full-page screenshots kept in e2e/screenshots/ for people to look at (not compared). */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@dongne.test`;
