#!/usr/bin/env node
// Copyright (c) SshdLint contributors. Licensed under the MIT license.
//
// End-to-end test of the packaged extension in a real VS Code: code-server (VS Code served to a browser) driven by
// playwright-core in Debian's Chromium. It installs the .vsix, opens a workspace with an insecure sshd_config and
// checks, as a user would see it, that
//   1. the file opens as sshd_config and the language server's diagnostics appear (status bar counts, Problems panel);
//   2. hovering a keyword shows its documentation;
//   3. the quick fix "Set X11Forwarding to no" changes the file on disk as expected, and its warning goes away;
//   4. settings changed in settings.json reach the server without a restart (a rule turned off, a new target);
//   5. "SshdLint: Show effective configuration" opens a read-only document in sshd -T's format.
// Screenshots of each step go to --out. The last line printed is a JSON summary (also written to --out/result.json);
// the exit status is 0 when every check passed. See ../../README.md ("Development") and
// ../../../tests/SshdLint.VsCode.Tests, which runs this from ./test.sh.
//
//   node test/e2e/run.mjs --vsix sshdlint-0.1.0.vsix --code-server DIR/node_modules/.bin/code-server --out DIR
//     [--chromium /usr/bin/chromium] [--timeout 300] [--keep]
//
// code-server listens on 127.0.0.1 only, on a free port, and is stopped by its process id (its whole process group,
// which it leads) when the run ends, whatever happens.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = parseArgs(process.argv.slice(2));
const vsix = resolve(required(args, 'vsix'));
const codeServer = resolve(required(args, 'code-server'));
const outDir = resolve(required(args, 'out'));
const chromiumPath = args.chromium ?? '/usr/bin/chromium';
const totalTimeoutMs = Number(args.timeout ?? 300) * 1000;

/** The insecure configuration the test opens. Line numbers matter to the checks below. */
const insecureConfig = [
  '# sshd_config for the SshdLint end-to-end test: three findings on purpose',
  'Port 22',
  'PermitRootLogin yes',
  'PasswordAuthentication yes',
  'X11Forwarding yes',
  'UsePAM yes',
  '',
].join('\n');

const result = { ok: false, steps: [], diagnostics: {}, screenshots: [], timingsMs: {} };
const started = Date.now();
let codeServerProcess;
let browser;
let currentPage;
let workDir;
let finishing = false;

function step(name, ok, detail) {
  result.steps.push({ name, ok, detail });
  log(`${ok ? 'ok' : 'FAILED'}: ${name}${detail === undefined ? '' : ` (${typeof detail === 'string' ? detail : JSON.stringify(detail)})`}`);
  if (!ok) throw new StepFailed(name);
}

class StepFailed extends Error {}

function log(message) {
  process.stderr.write(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

const watchdog = setTimeout(() => {
  log(`the whole run took longer than ${totalTimeoutMs / 1000} s; stopping`);
  result.error = `timed out after ${totalTimeoutMs / 1000} s`;
  void finish(1);
}, totalTimeoutMs);

try {
  await main();
  result.ok = result.steps.every((s) => s.ok);
} catch (e) {
  result.ok = false;
  if (!(e instanceof StepFailed)) {
    result.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    log(`error: ${result.error}`);
  }
}
await finish(result.ok ? 0 : 1);

async function main() {
  mkdirSync(outDir, { recursive: true });
  // Leave no screenshot or log from an earlier run to be mistaken for this one's (only the files this script writes).
  for (const name of readdirSync(outDir)) {
    if (/\.(png|log)$|^result\.json$/.test(name)) rmSync(join(outDir, name), { force: true });
  }
  workDir = mkdtempSync(join(tmpdir(), 'sshdlint-e2e-'));
  const userData = join(workDir, 'user-data');
  const extensions = join(workDir, 'extensions');
  const workspace = join(workDir, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(workspace, { recursive: true });
  const configPath = join(workspace, 'sshd_config');
  writeFileSync(configPath, insecureConfig);
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(userSettings(), null, 2));

  // 1. Install the .vsix the way a user would.
  let t = Date.now();
  const install = await run(codeServer, ['--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix], 120_000);
  result.timingsMs.install = Date.now() - t;
  step('install the .vsix into code-server', install.code === 0 && /successfully installed/i.test(install.output), install.output.trim().split('\n').pop());

  // 2. Start code-server on 127.0.0.1 and a free port.
  const port = await freePort();
  t = Date.now();
  codeServerProcess = spawn(
    codeServer,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', extensions,
      workspace,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SERVICE_URL: '', ITEM_URL: '' } },
  );
  const serverLog = [];
  codeServerProcess.stdout.on('data', (d) => serverLog.push(d.toString()));
  codeServerProcess.stderr.on('data', (d) => serverLog.push(d.toString()));
  result.codeServerLog = serverLog;
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
  result.timingsMs.codeServerStart = Date.now() - t;
  step('code-server answers on 127.0.0.1', true, `port ${port}`);

  // 3. Open the workspace in Chromium.
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  currentPage = page;
  page.setDefaultTimeout(30_000);
  t = Date.now();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor().catch(() => undefined);
  result.timingsMs.workbench = Date.now() - t;

  // 4. Open sshd_config with Quick Open, like a user.
  t = Date.now();
  await openFile(page, 'sshd_config');
  const mode = page.locator('[id="status.editor.mode"]');
  await mode.waitFor();
  await waitUntil(async () => (await mode.innerText()).trim() === 'sshd_config', 30_000).catch(() => undefined);
  step('the file opens in the sshd_config language', (await mode.innerText()).trim() === 'sshd_config', (await mode.innerText()).trim());

  // 5. Diagnostics from the bundled language server: the status bar counts, then the Problems panel.
  const problems = page.locator('[id="status.problems"]');
  let counts = { errors: 0, warnings: 0 };
  await waitUntil(async () => {
    counts = parseCounts(await problems.getAttribute('aria-label'), await problems.innerText());
    return counts.warnings + counts.errors >= 3;
  }, 90_000).catch(() => undefined);
  result.timingsMs.firstDiagnostics = Date.now() - t;
  result.diagnostics.statusBar = counts;
  step('the status bar counts the findings', counts.warnings + counts.errors >= 3, counts);

  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.first().waitFor();
  await waitUntil(async () => (await rows.count()) >= 4, 15_000).catch(() => undefined);
  const problemTexts = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent || ''))).map((s) => s.trim());
  result.diagnostics.problemsPanel = problemTexts;
  // Each row's label: "Warning: <message> at line N and character C. generated by sshdlint".
  const expected = [
    ['PermitRootLogin yes', 3],
    ['PasswordAuthentication yes', 4],
    ['X11Forwarding yes', 5],
  ];
  for (const [text, line] of expected) {
    const row = problemTexts.find((p) => p.includes(text) && p.includes(`line ${line} `));
    step(`the Problems panel lists a finding for "${text}" on line ${line}`, row !== undefined, row);
  }
  await shot(page, 'diagnostics');

  // 6. Hover over a keyword: its documentation from the server.
  await page.keyboard.press('Escape');
  const keyword = page.locator('.monaco-editor .view-lines .view-line span span', { hasText: /^PermitRootLogin$/ }).first();
  await keyword.hover();
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content').first();
  let hoverText = '';
  await waitUntil(async () => {
    hoverText = (await hover.innerText().catch(() => '')).trim();
    return /Whether root may log in/.test(hoverText);
  }, 20_000).catch(() => undefined);
  result.hover = hoverText;
  // The keyword's documentation (the catalog's summary), not only the finding's message, which also mentions root.
  const documented = /Whether root may log in/.test(hoverText);
  step('hovering PermitRootLogin shows its documentation', documented, hoverText.slice(0, 300));
  await shot(page, 'hover');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  // 7. The quick fix on X11Forwarding, through the light bulb's menu (Ctrl+.), then save.
  const x11 = page.locator('.monaco-editor .view-lines .view-line span span', { hasText: /^X11Forwarding$/ }).first();
  await x11.click();
  await page.keyboard.press('Control+.');
  const actions = page.locator('.action-widget .monaco-list-row.action');
  await actions.first().waitFor();
  const actionTitles = (await actions.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent || ''))).map((s) => s.trim());
  result.quickFixes = actionTitles;
  const fix = actions.filter({ hasText: 'Set X11Forwarding to no' }).first();
  step('the light bulb offers "Set X11Forwarding to no"', (await fix.count()) > 0, actionTitles);
  await shot(page, 'quick-fix');
  // The keyboard, as a user would (a click would land on the menu's pointer guard): move to the fix, press Enter.
  for (let i = 0; i < actionTitles.length + 2; i++) {
    const focused = (await page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label').catch(() => '')) ?? '';
    if (focused.startsWith('Set X11Forwarding to no')) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+S');
  const expectedText = insecureConfig.replace('X11Forwarding yes', 'X11Forwarding no');
  let onDisk = '';
  await waitUntil(async () => {
    onDisk = readFileSync(configPath, 'utf8');
    return onDisk !== insecureConfig;
  }, 15_000).catch(() => undefined);
  result.fileAfterFix = onDisk;
  step('the quick fix changed exactly that line on disk', onDisk === expectedText, onDisk === expectedText ? undefined : onDisk);

  let after = counts;
  await waitUntil(async () => {
    after = parseCounts(await problems.getAttribute('aria-label'), await problems.innerText());
    return after.warnings + after.errors === counts.warnings + counts.errors - 1;
  }, 30_000).catch(() => undefined);
  result.diagnostics.statusBarAfterFix = after;
  step('its finding goes away', after.warnings + after.errors === counts.warnings + counts.errors - 1, after);
  await shot(page, 'after-fix');

  // 8. Settings reach the server without a restart. First the target, through the status bar item's picker (it
  //    writes the workspace settings); then a rule turned off by editing .vscode/settings.json, as a user would. The
  //    status bar names the new target, and the rule's finding goes away: the extension pushes the settings and asks
  //    for diagnostics again.
  const before = after;
  await page.locator('.statusbar-item', { hasText: 'OpenSSH' }).first().click();
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type('9.2');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Debian 12' }).first().waitFor();
  await page.keyboard.press('Enter');
  const target = page.locator('.statusbar-item', { hasText: 'OpenSSH 9.2' });
  await target.first().waitFor({ timeout: 30_000 }).catch(() => undefined);
  step('the status bar picker changes the target', (await target.count()) > 0, await page.locator('.statusbar-item', { hasText: 'OpenSSH' }).first().innerText().catch(() => ''));
  const workspaceSettingsPath = join(workspace, '.vscode', 'settings.json');
  let workspaceSettings = {};
  try {
    workspaceSettings = JSON.parse(readFileSync(workspaceSettingsPath, 'utf8'));
  } catch {
    // not written
  }
  result.workspaceSettings = workspaceSettings;
  step('the picker wrote the workspace setting', workspaceSettings['sshdlint.openssh'] === '9.2', workspaceSettings);
  writeFileSync(workspaceSettingsPath, JSON.stringify({ ...workspaceSettings, 'sshdlint.rules': { SSHD2002: 'off' } }, null, 2));
  let afterSettings = before;
  await waitUntil(async () => {
    afterSettings = parseCounts(await problems.getAttribute('aria-label'), await problems.innerText());
    return afterSettings.warnings + afterSettings.errors === before.warnings + before.errors - 1;
  }, 30_000).catch(() => undefined);
  result.diagnostics.statusBarAfterSettings = afterSettings;
  step('turning a rule off in the settings removes its finding', afterSettings.warnings + afterSettings.errors === before.warnings + before.errors - 1, afterSettings);

  // 9. The effective configuration, through the command palette, in a read-only editor.
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type('SshdLint: Show effective configuration');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show effective configuration' }).first().waitFor();
  await page.keyboard.press('Enter');
  // The connection prompt: leave it empty.
  await page.locator('.quick-input-widget input').waitFor();
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  const effectiveTab = page.locator('.tabs-container .tab', { hasText: '(effective)' }).first();
  await effectiveTab.waitFor({ timeout: 30_000 }).catch(() => undefined);
  const effectiveEditor = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  let effectiveText = '';
  // sshd -T's order: the values the test set show near the top, in the spelling of the target release.
  const looksEffective = (text) => /^Port 22$/im.test(text) && /^UsePAM yes$/im.test(text) && /^PermitRootLogin yes$/im.test(text);
  await waitUntil(async () => {
    effectiveText = normalize(await effectiveEditor.innerText().catch(() => ''));
    return looksEffective(effectiveText);
  }, 30_000).catch(() => undefined);
  result.effective = effectiveText.slice(0, 400);
  const tabTitle = (await effectiveTab.innerText().catch(() => '')).trim();
  step('"Show effective configuration" opens sshd -T output', looksEffective(effectiveText) && tabTitle.includes('(effective)'), { tab: tabTitle, text: effectiveText.slice(0, 80) });
  await shot(page, 'effective');
  // The target picked above reached the server: OpenSSH before 10.4 prints keywords in lower case.
  step('the effective configuration is for the target picked (OpenSSH 9.2 prints lower-case keywords)', /^port 22$/m.test(effectiveText), effectiveText.split('\n')[0]);
  // Typing into it changes nothing: VS Code refuses edits to a content provider's document.
  await effectiveEditor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('x');
  await page.waitForTimeout(500);
  const afterTyping = normalize(await effectiveEditor.innerText().catch(() => ''));
  step('the effective configuration is read-only', afterTyping.startsWith(effectiveText.split('\n')[0]) && !afterTyping.startsWith('x'), afterTyping.split('\n')[0]);
  await shot(page, 'effective-read-only');
}

function userSettings() {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 200,
    'editor.lightbulb.enabled': 'on',
    'files.autoSave': 'off',
    'window.restoreWindows': 'none',
  };
}

/** Monaco renders spaces as no-break spaces. */
function normalize(text) {
  return text.replace(/\u00a0/g, ' ');
}

async function openFile(page, name) {
  await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: name }).first().waitFor();
}

/** The status bar's problems item: "Errors: 0, Warnings: 3" in its label, "0 3" as text. */
function parseCounts(label, text) {
  const e = /Errors?:\s*(\d+)/i.exec(label ?? '');
  const w = /Warnings?:\s*(\d+)/i.exec(label ?? '');
  if (e || w) return { errors: Number(e?.[1] ?? 0), warnings: Number(w?.[1] ?? 0), label };
  const numbers = (text ?? '').match(/\d+/g)?.map(Number) ?? [];
  return { errors: numbers[0] ?? 0, warnings: numbers[1] ?? 0, label: label ?? text };
}

async function shot(page, name) {
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  result.screenshots.push(file);
}

async function waitUntil(predicate, timeoutMs, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

async function waitForHttp(url, timeoutMs) {
  await waitUntil(async () => {
    if (codeServerProcess.exitCode !== null) throw new Error(`code-server exited with ${codeServerProcess.exitCode}: ${result.codeServerLog.join('').slice(-2000)}`);
    try {
      const response = await fetch(url);
      return response.ok;
    } catch {
      return false;
    }
  }, timeoutMs, 300);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function run(command, argv, timeoutMs) {
  return new Promise((resolveRun) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolveRun({ code: -1, output: String(e) });
    });
  });
}

async function finish(code) {
  if (finishing) return;
  finishing = true;
  clearTimeout(watchdog);
  if (!result.ok && currentPage) {
    // What the user would have seen when it went wrong.
    await currentPage.screenshot({ path: join(outDir, 'failure.png') }).catch(() => undefined);
  }
  try {
    await browser?.close();
  } catch {
    // already gone
  }
  await stopCodeServer();
  result.timingsMs.total = Date.now() - started;
  const log = result.codeServerLog;
  delete result.codeServerLog;
  if (!result.ok && log) writeFileSync(join(outDir, 'code-server.log'), log.join(''));
  if (!result.ok && workDir) copyExtensionLogs(join(workDir, 'user-data', 'logs'));
  if (workDir && !args.keep) rmSync(workDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'result.json'), JSON.stringify(result, null, 2));
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(code);
}

/** Copies the SshdLint output channel's log (the extension's and the server's messages) next to the screenshots. */
function copyExtensionLogs(dir) {
  let entries = [];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.isFile() && /SshdLint|exthost\.log|remoteexthost\.log/i.test(entry.name)) {
      const from = join(entry.parentPath ?? entry.path, entry.name);
      try {
        copyFileSync(from, join(outDir, entry.name.replace(/^\d+-/, '')));
      } catch {
        // best effort
      }
    }
  }
}

/** Stops code-server and everything it started (extension host, language server): its process group, by its id. */
async function stopCodeServer() {
  const child = codeServerProcess;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timedOut = await Promise.race([exited.then(() => false), new Promise((r) => setTimeout(() => r(true), 10_000))]);
  if (timedOut) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

function parseArgs(argv) {
  const parsed = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const key = a.slice(2);
    if (key === 'keep') parsed.keep = true;
    else parsed[key] = argv[++i];
  }
  return parsed;
}

function required(parsed, key) {
  if (!parsed[key]) {
    process.stderr.write(`usage: node test/e2e/run.mjs --vsix FILE --code-server BIN --out DIR [--chromium PATH] [--timeout SECONDS] [--keep]\n(missing --${key})\n`);
    process.exit(2);
  }
  return parsed[key];
}
