/**
 * Headless Chromium for browser tests: Debian's `chromium` (installed by .ci/run), driven by playwright-core.
 * Nothing is downloaded: the executable is the system one, background networking is off, and each launch
 * gets a fresh profile directory. In CI (CI=true) a missing Chromium fails the suite instead of skipping it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `describe` when Chromium is there or in CI (where its absence must fail), else `describe.skip` with a note. */
export function describeWithBrowser(name: string, fn: () => void): void {
  const available = fs.existsSync(CHROMIUM);
  if (!available && !process.env.CI) {
    console.warn(`${name}: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1400, height: 860 }): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium (APT_PACKAGES); set CHROMIUM_PATH for another location`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport, locale: 'vi-VN' });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
