import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';

/** The example's folder. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Builds the console for production into dist/. */
export async function buildConsole(): Promise<void> {
  await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** Serves dist/ (vite preview) on a free local port. */
export async function serveConsole(): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    configFile: join(root, 'vite.config.ts'),
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Starts headless Chromium from Debian's package, with `extraArgs` after the usual flags. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (node scripts/system-deps.mjs)`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Media still plays and its clock runs; the test machine stays quiet.
      '--mute-audio',
      ...extraArgs,
    ],
  });
}
