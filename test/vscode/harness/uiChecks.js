// @ts-check
// UI checks through the browser against the extension installed from the VSIX (no development
// path, no test module): what a user sees. The expectations are data, in uiExpectations.js.
'use strict';
const fs = require('fs');
const path = require('path');
const { openBrowser } = require('./browser');

const DEFAULT_TIMEOUT = 30_000;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneLine = (s) => String(s).replace(/\s+/g, ' ').trim();
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

async function quickInput(page, key, text) {
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(text);
}

async function openWorkbench(page, baseUrl, folder, file) {
  await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
  await quickInput(page, 'Control+P', file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 30_000 });
}

const handlers = {
  async codeLens(page, exp, timeout) {
    const lens = page.locator('.codelens-decoration', { hasText: exp.text }).first();
    try {
      await lens.waitFor({ timeout });
    } catch {
      const seen = await page.locator('.codelens-decoration').allInnerTexts();
      throw new Error(`no code lens containing "${exp.text}"; lenses seen: ${seen.length ? seen.map(oneLine).join(' | ') : 'none'}`);
    }
    return oneLine(await lens.innerText());
  },

  async statusBar(page, exp, timeout) {
    const item = page.locator('.statusbar-item', { hasText: exp.text }).first();
    try {
      await item.waitFor({ timeout });
    } catch {
      const seen = await page.locator('.statusbar-item').allInnerTexts();
      throw new Error(`no status bar item containing "${exp.text}"; items: ${seen.map(oneLine).filter(Boolean).join(' | ') || 'none'}`);
    }
    return oneLine(await item.innerText());
  },

  async problem(page, exp, timeout) {
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
    // The list only renders visible rows: filter it down to the expected text first.
    const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
    if (await filter.isVisible()) await filter.fill(exp.text);
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: exp.text }).first();
    try {
      await row.waitFor({ timeout });
    } catch {
      if (await filter.isVisible()) await filter.fill('');
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      throw new Error(`no Problems row containing "${exp.text}"; rows: ${rows.length ? rows.slice(0, 8).map(oneLine).join(' | ') : 'none'}`);
    }
    // Let the (debounced) filter apply, so that the screenshot shows it.
    await page.locator('.viewpane-filter', { hasText: 'Showing' }).first().waitFor({ timeout: 3000 }).catch(() => {});
    return oneLine(await row.innerText());
  },

  async command(page, exp, timeout) {
    await page.locator('.editor-instance .view-lines').first().click();
    await quickInput(page, 'F1', exp.command);
    const item = page.locator('.quick-input-list .monaco-list-row', { hasText: exp.command }).first();
    try {
      await item.waitFor({ timeout: 15_000 });
    } catch {
      await page.keyboard.press('Escape');
      throw new Error(`"${exp.command}" is not in the command palette`);
    }
    await page.keyboard.press('Enter');
    const tab = page.locator('.tabs-container .tab', { hasText: new RegExp(`^\\s*${escapeRe(exp.tabTitle)}`) }).first();
    try {
      await tab.waitFor({ timeout });
    } catch {
      const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
      throw new Error(`no editor tab titled "${exp.tabTitle}…" after the command; tabs: ${tabs.map(oneLine).join(' | ') || 'none'}`);
    }
    // The webview's document sits in an inner frame of the webview iframe; wait until it shows text.
    const body = page.frameLocator('iframe.webview').first().frameLocator('#active-frame').locator('body');
    const want = exp.webviewText;
    try {
      await body.filter({ hasText: want ? want : /\S/ }).waitFor({ timeout });
    } catch {
      throw new Error(`the "${exp.tabTitle}…" webview did not render ${want ? `"${want}"` : 'any text'}`);
    }
    const text = oneLine(await body.innerText());
    return `tab "${oneLine(await tab.innerText())}", webview shows "${text.slice(0, 80)}${text.length > 80 ? '…' : ''}"`;
  },

  // Reloads the window: the editor tab titled `tabTitle` must come back with its webview rendered
  // (a webview serializer restores it; without one VS Code leaves an empty editor group).
  async reload(page, exp, timeout) {
    // "Developer: Reload Window" goes through the workbench's shutdown, which saves the editors'
    // state (a bare page reload may not give it the time to).
    await page.locator('.editor-instance .view-lines').first().click();
    await quickInput(page, 'F1', 'Developer: Reload Window');
    const item = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Reload Window' }).first();
    await item.waitFor({ timeout: 15_000 });
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 }), page.keyboard.press('Enter')]);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
    const tab = page.locator('.tabs-container .tab', { hasText: new RegExp(`^\\s*${escapeRe(exp.tabTitle)}`) }).first();
    try {
      await tab.waitFor({ timeout });
    } catch {
      const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
      throw new Error(`no editor tab titled "${exp.tabTitle}…" after the reload; tabs: ${tabs.map(oneLine).join(' | ') || 'none'}`);
    }
    await tab.click();
    const body = page.frameLocator('iframe.webview').first().frameLocator('#active-frame').locator('body');
    try {
      await body.filter({ hasText: exp.webviewText ? exp.webviewText : /\S/ }).waitFor({ timeout });
    } catch {
      throw new Error(`the restored "${exp.tabTitle}…" webview did not render ${exp.webviewText ? `"${exp.webviewText}"` : 'any text'}`);
    }
    const text = oneLine(await body.innerText());
    return `after the reload, tab "${oneLine(await tab.innerText())}" shows "${text.slice(0, 80)}${text.length > 80 ? '…' : ''}"`;
  },
};

/**
 * Runs every check of `expectations` in one browser; returns [{ name, ok, detail, screenshot }].
 * Screenshots go to `screenshotsDir`.
 */
async function runUiChecks({ baseUrl, folder, chromium, expectations, screenshotsDir }) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const results = [];
  const browser = await openBrowser({ executablePath: chromium, name: 'ui' });
  const { page } = browser;
  const shoot = async (name) => {
    const file = path.join(screenshotsDir, `${name}.png`);
    await page.screenshot({ path: file }).catch(() => {});
    return file;
  };
  try {
    try {
      await openWorkbench(page, baseUrl, folder, expectations.file);
      await shoot('ui-0-opened');
    } catch (e) {
      const shot = await shoot('ui-0-open-failed');
      const why = `could not open ${expectations.file} in the workbench: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
      return expectations.checks.map((c) => ({ name: c.name, ok: false, detail: why, screenshot: shot }));
    }
    for (const [i, check] of expectations.checks.entries()) {
      const handler = handlers[check.type];
      let ok = false;
      let detail;
      try {
        if (!handler) throw new Error(`unknown check type "${check.type}"`);
        detail = await handler(page, check, check.timeoutMs || DEFAULT_TIMEOUT);
        ok = true;
      } catch (e) {
        detail = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      }
      const screenshot = await shoot(`ui-${i + 1}-${slug(check.name)}${ok ? '' : '-FAILED'}`);
      results.push({ name: check.name, ok, detail, screenshot });
    }
  } finally {
    await browser.close();
  }
  return results;
}

module.exports = { runUiChecks };
