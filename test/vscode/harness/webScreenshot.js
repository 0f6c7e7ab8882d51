#!/usr/bin/env node
// @ts-check
// `node test/vscode/harness/webScreenshot.js`: docs/images/web.png, a dossier and its problems with
// the extension in the browser's web worker extension host (a copy whose manifest has `browser`
// and no `main`). Not part of `npm test`; run it after changing what the picture shows.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const P = require('./paths');

Object.assign(process.env, P.cacheEnv());
const { ensureInstalled } = require('./install');
const codeServer = require('./codeServer');
const { openBrowser, remoteAuthority } = require('./browser');
const { run } = require('./proc');

const OUT = path.join(P.ROOT, 'docs', 'images', 'web.png');

async function main() {
  codeServer.installCleanupHandlers();
  const tools = await ensureInstalled();
  await run(process.execPath, ['esbuild.js', '--production'], { cwd: P.ROOT });
  const dir = path.join(P.CACHE, 'web-screenshot');
  fs.rmSync(dir, { recursive: true, force: true });
  const ext = path.join(dir, 'extension');
  const pkg = JSON.parse(fs.readFileSync(path.join(P.ROOT, 'package.json'), 'utf8'));
  for (const rel of [pkg.browser, 'docs/rules', 'snippets', 'schemas', 'media']) fs.cpSync(path.join(P.ROOT, rel), path.join(ext, rel), { recursive: true });
  delete pkg.main;
  fs.writeFileSync(path.join(ext, 'package.json'), JSON.stringify(pkg, null, 2));
  const folder = path.join(dir, 'ws');
  fs.cpSync(P.FIXTURE_WS, folder, { recursive: true });
  const profile = codeServer.prepareProfile(path.join(dir, 'code-server'));
  const server = await codeServer.startCodeServer({ bin: tools.codeServer, ...profile, logFile: path.join(dir, 'code-server.log') });
  const browser = await openBrowser({ executablePath: tools.chromium, name: 'web-screenshot' });
  try {
    const { page } = browser;
    const authority = await remoteAuthority(server.url);
    const payload = [['extensionDevelopmentPath', `vscode-remote://${authority}${ext}`]];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('sample.dossier.md');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'sample.dossier.md' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.locator('.codelens-decoration', { hasText: 'Augmentative' }).first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'field-value' }).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: OUT });
  } finally {
    await browser.close();
    await server.stop();
    await run(process.execPath, ['esbuild.js'], { cwd: P.ROOT });
  }
  // Palette PNG when pngquant is there (Debian: apt-get install pngquant): a quarter of the size.
  const q = spawnSync('pngquant', ['--quality=80-95', '--strip', '--force', '--output', OUT, OUT]);
  console.log(`${path.relative(P.ROOT, OUT)}: ${fs.statSync(OUT).size} bytes${q.status === 0 ? ' (pngquant)' : ''}`);
}

main().then(() => process.exit(0), async (e) => {
  console.error(e);
  await codeServer.stopAll();
  process.exit(1);
});
