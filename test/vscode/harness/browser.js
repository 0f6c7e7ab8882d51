// @ts-check
// Headless Debian Chromium through playwright-core, with its profile under .cache/.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const P = require('./paths');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Returns { page, close() }; the profile dir is removed on close. */
async function openBrowser({ executablePath, name, viewport = { width: 1400, height: 900 } }) {
  const profile = path.join(P.RUN, `browser-${name}`);
  fs.rmSync(profile, { recursive: true, force: true });
  fs.mkdirSync(profile, { recursive: true });
  const env = P.cacheEnv({ home: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env,
    viewport,
    handleSIGINT: false, // the harness handles signals and closes the browser itself
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] || await context.newPage();
  return {
    page,
    async close() {
      await context.close().catch(() => {});
      try {
        fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch { /* left for the next run's cleanup */ }
    },
  };
}

/** The remote authority that code-server's workbench uses (embedded in the page's settings). */
async function remoteAuthority(baseUrl) {
  const html = await (await fetch(`${baseUrl}/?ew=true`)).text();
  const m = html.match(/remoteAuthority&quot;:&quot;([^&]+)&quot;/) || html.match(/"remoteAuthority":"([^"]+)"/);
  if (!m) throw new Error('remoteAuthority not found in the workbench page');
  return m[1];
}

module.exports = { openBrowser, remoteAuthority };
