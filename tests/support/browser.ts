import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { buildState, EXPLORER_BUILD } from '../../src/web/build';

/** Debian's Chromium (installed by .ci/run where missing); CHROMIUM_PATH names another build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots of every browser test land here (git-ignored), for a person to look at. */
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-artifacts', 'screenshots');

/** Headless Chromium. Playwright ends the browser's processes when it closes or when jest exits. */
export async function launchBrowser(): Promise<Browser> {
  const state = buildState(EXPLORER_BUILD);
  if (state !== 'fresh') throw new Error(`The explorer build is ${state}: run \`npm run build\` first (npm test does)`);
  // --no-sandbox: the sandbox cannot start as root, which is how CI runs.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
}

/** A page that records every console error and uncaught exception, for "no console errors" checks. */
export async function newPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** The origin of a running app, from its GraphQL URL. */
export function originOf(graphqlUrl: string): string {
  return new URL(graphqlUrl).origin;
}
