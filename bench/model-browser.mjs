// The text emotion model in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core; no browser download) on onnxruntime-web WASM, one thread:
// microseconds per utterance (p50 / p99) and batch throughput. The page is served
// from 127.0.0.1 with cross-origin isolation so performance.now() has fine resolution.
// Usage: pnpm --filter @tonvo/bench bench:model-browser
/* global window */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { textEmotionModelPath } from '@tonvo/models/node';
import { loadGoEmotions } from './lib/goemotions.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// its Node entry lives in dist/, beside the browser builds and the .wasm files
const ortDist = dirname(createRequire(import.meta.url).resolve('onnxruntime-web'));
const bundle = await build({
  entryPoints: [join(here, 'browser/model-page.ts')],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  conditions: ['source'],
  write: false,
  logLevel: 'silent',
});
const files = {
  '/': [
    'text/html',
    '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>',
  ],
  '/page.js': ['text/javascript', bundle.outputFiles[0].contents],
  '/texts.json': [
    'application/json',
    JSON.stringify(loadGoEmotions('dev').rows.map((r) => r.text)),
  ],
  '/model.onnx': ['application/octet-stream', readFileSync(textEmotionModelPath())],
};
const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  const headers = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  };
  let body;
  let type;
  if (path.startsWith('/ort/')) {
    try {
      body = readFileSync(join(ortDist, path.slice(5).replace(/\.\.+/g, '')));
      type = path.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
    } catch {
      body = undefined;
    }
  } else if (files[path]) [type, body] = files[path];
  if (body === undefined) {
    res.writeHead(404, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const rounds = Number(process.env.ROUNDS ?? 2);
  const r = await page.evaluate((n) => window.runBench(n), rounds);
  const lines = [
    `headless Chromium ${browser.version()}, onnxruntime-web WASM 1 thread, crossOriginIsolated ${r.crossOriginIsolated}`,
    `${JSON.parse(files['/texts.json'][1]).length} GoEmotions dev texts x ${rounds} rounds, featurization included`,
    `microseconds per utterance: p50 ${r.p50.toFixed(1)}, p99 ${r.p99.toFixed(1)}, mean ${r.mean.toFixed(1)}`,
    ...r.batches.map(
      (b) => `batch ${b.size}: ${Math.round(b.perSecond).toLocaleString('en')} texts/s`,
    ),
    `sanity: "This is the third time I'm calling about this." -> ${r.sampleState}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await browser.close();
  server.close();
}
