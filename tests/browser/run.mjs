#!/usr/bin/env node
// Browser checks for a built govdoc site, in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core; no browser is ever downloaded) with axe-core.
//
//   node tests/browser/run.mjs SITE_DIR [--all | --quick] [--base-path /sub/] [--screenshot [PNG]] [--langs nb,es,en]
//
// SITE_DIR     a folder written by `govdoc build` (root index.html, <lang>/..., static/).
// --all        check every page of every language, not only the usual sample (home, role card,
//              meeting description, risk register, glossary; the first three are required).
// --quick      check only home, one role card and one meeting description per language.
// --base-path  serve the site under this path only (for a site built with --base-url .../sub/);
//              every link and request must then stay under it.
// --screenshot write a 1280×900 screenshot of the English system-owner role card
//              (default: docs/screenshots/role-card.png in this repository; the README's
//              screenshots all come from every-page.mjs --screenshots).
// --langs      the languages to check (default: nb,es,en).
// --origin     check a site another server already serves (http://127.0.0.1:PORT, e.g. nginx
//              with deploy/nginx/), instead of serving SITE_DIR here; SITE_DIR still lists pages.
//
// Environment: GOVDOC_CHROMIUM overrides the browser binary (default /usr/bin/chromium);
// GOVDOC_BROWSER_VERBOSE=1 prints every passed check; GOVDOC_BROWSER_TIMEOUT_MS (default 300000).
//
// Exit status: 0 all checks passed, 1 a check failed, 2 a setup problem (no browser, no
// node_modules, no site folder). tests/browser.rs runs this after building the default site.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);

const SETUP_HINT = 'run `bash .ci/run` (or `GOVDOC_CI_INSTALL_ONLY=1 bash .ci/run` to only install)';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--no-pings',
  // Belt and braces: no host name but the loopback address resolves, so even a request that
  // slipped past the route handler below could not leave the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const PAGE_TIMEOUT_MS = 20_000;
const WATCHDOG_MS = Number(process.env.GOVDOC_BROWSER_TIMEOUT_MS || 300_000);

// ---------------------------------------------------------------------------------------------
// Arguments and setup

function usage(msg) {
  console.error(`run.mjs: ${msg}`);
  console.error('usage: node tests/browser/run.mjs SITE_DIR [--all | --quick] [--base-path /sub/] [--screenshot [PNG]] [--langs nb,es,en]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { site: null, all: false, quick: false, base: '/', screenshot: null, langs: ['nb', 'es', 'en'], origin: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--all') opts.all = true;
    else if (a === '--quick') opts.quick = true;
    else if (a === '--base-path') {
      if (!argv[i + 1]) usage('--base-path needs a value');
      opts.base = `/${argv[++i].replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    }
    else if (a === '--screenshot') {
      const next = argv[i + 1];
      if (next && next.endsWith('.png')) { opts.screenshot = path.resolve(next); i++; }
      else opts.screenshot = path.join(repoRoot, 'docs', 'screenshots', 'role-card.png');
    } else if (a === '--origin') {
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(argv[i + 1] || '')) usage('--origin needs http://127.0.0.1:PORT');
      opts.origin = argv[++i];
    } else if (a === '--langs') {
      if (!argv[i + 1]) usage('--langs needs a value');
      opts.langs = argv[++i].split(',').map((s) => s.trim()).filter(Boolean);
    } else if (a === '-h' || a === '--help') {
      const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
      console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
      process.exit(0);
    } else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (opts.site) usage(`unexpected argument ${a}`);
    else opts.site = path.resolve(a);
  }
  if (!opts.site) usage('missing SITE_DIR');
  if (opts.all && opts.quick) usage('--all and --quick exclude each other');
  if (!fs.existsSync(path.join(opts.site, 'index.html'))) usage(`${opts.site} has no index.html; is it a built site?`);
  return opts;
}

function setupFail(msg) {
  console.error(`\nbrowser tests cannot run: ${msg}\n  -> ${SETUP_HINT}\n`);
  process.exit(2);
}

function loadModules() {
  let playwright;
  try { playwright = require('playwright-core'); }
  catch { setupFail(`playwright-core is not installed in ${path.join(here, 'node_modules')}`); }
  let axePath;
  try { axePath = require.resolve('axe-core/axe.min.js'); }
  catch { setupFail(`axe-core is not installed in ${path.join(here, 'node_modules')}`); }
  const chromiumPath = process.env.GOVDOC_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) setupFail(`no Chromium at ${chromiumPath} (Debian package \`chromium\`)`);
  return { playwright, axePath, chromiumPath };
}

// ---------------------------------------------------------------------------------------------
// A tiny static file server for the built site

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

function startServer(root, base) {
  const served = [];
  const server = http.createServer(async (req, res) => {
    const send = (status, body, type, extra = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', 'text/plain');
      const url = new URL(req.url, 'http://127.0.0.1');
      let rel;
      try { rel = decodeURIComponent(url.pathname); } catch { return send(400, 'bad path\n', 'text/plain'); }
      if (!rel.startsWith(base)) {
        // Outside the base path there is nothing: a site built for /sub/ must stay under /sub/.
        served.push({ path: rel, status: 404 });
        return send(404, 'outside the base path\n', 'text/plain');
      }
      const full = rel;
      rel = '/' + rel.slice(base.length);
      const file = path.resolve(root, '.' + rel);
      if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden\n', 'text/plain');
      let stat = await fsp.stat(file).catch(() => null);
      let target = file;
      if (stat && stat.isDirectory()) {
        if (!rel.endsWith('/')) return send(301, '', 'text/plain', { location: url.pathname + '/' + url.search });
        target = path.join(file, 'index.html');
        stat = await fsp.stat(target).catch(() => null);
      }
      if (!stat || !stat.isFile()) {
        served.push({ path: full, status: 404 });
        const notFound = path.join(root, '404.html');
        const body = fs.existsSync(notFound) ? await fsp.readFile(notFound) : 'not found\n';
        return send(404, body, fs.existsSync(notFound) ? TYPES['.html'] : 'text/plain');
      }
      served.push({ path: full, status: 200 });
      const type = TYPES[path.extname(target).toLowerCase()] || 'application/octet-stream';
      send(200, await fsp.readFile(target), type);
    } catch (e) {
      send(500, String(e), 'text/plain');
    }
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}`, served }));
  });
}

// ---------------------------------------------------------------------------------------------
// Which pages to check

function exists(site, rel) {
  return fs.existsSync(path.join(site, rel, 'index.html'));
}

function subdirs(site, rel) {
  const dir = path.join(site, rel);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

function allPages(site, lang) {
  const out = [];
  const walk = (rel) => {
    if (exists(site, rel)) out.push(`/${rel}`);
    for (const d of fs.readdirSync(path.join(site, rel), { withFileTypes: true })) {
      if (d.isDirectory()) walk(`${rel}${d.name}/`);
    }
  };
  if (fs.existsSync(path.join(site, lang))) walk(`${lang}/`);
  return out.sort();
}

/** The pages to check for one language, and the problems that make the sample incomplete. */
function pagesFor(site, lang, all, quick) {
  const problems = [];
  const pick = (kind, preferred) => {
    if (exists(site, `${lang}/${kind}/${preferred}/`)) return `/${lang}/${kind}/${preferred}/`;
    const any = subdirs(site, `${lang}/${kind}`)[0];
    return any ? `/${lang}/${kind}/${any}/` : null;
  };
  const pages = [];
  const want = (label, url) => {
    if (url) pages.push({ label, url });
    else problems.push(`${lang}: no ${label} in the built site`);
  };
  want('home page', exists(site, `${lang}/`) ? `/${lang}/` : null);
  want('role card', pick('roles', 'system-owner'));
  want('meeting description', pick('forums', 'ict-steering-group'));
  if (quick) return { pages, problems };
  if (exists(site, `${lang}/risks/`)) pages.push({ label: 'risk register', url: `/${lang}/risks/` });
  if (exists(site, `${lang}/glossary/`)) pages.push({ label: 'glossary', url: `/${lang}/glossary/` });
  if (exists(site, `${lang}/responsibilities/`)) pages.push({ label: 'responsibility matrix', url: `/${lang}/responsibilities/` });
  if (exists(site, `${lang}/annual-cycle/`)) pages.push({ label: 'annual cycle', url: `/${lang}/annual-cycle/` });
  if (exists(site, `${lang}/governance-map/`)) pages.push({ label: 'governance map', url: `/${lang}/governance-map/` });
  if (exists(site, `${lang}/risk-matrix/`)) pages.push({ label: 'risk matrix', url: `/${lang}/risk-matrix/` });
  if (exists(site, `${lang}/accessibility/`)) pages.push({ label: 'accessibility statement', url: `/${lang}/accessibility/` });
  if (exists(site, `${lang}/search/`)) pages.push({ label: 'search page', url: `/${lang}/search/` });
  if (fs.existsSync(path.join(site, lang, '404.html'))) pages.push({ label: 'not-found page', url: `/${lang}/404.html` });
  if (all) {
    const seen = new Set(pages.map((p) => p.url));
    for (const url of allPages(site, lang)) if (!seen.has(url)) pages.push({ label: 'page', url });
  }
  return { pages, problems };
}

// ---------------------------------------------------------------------------------------------
// Checks

const failures = [];
let checksRun = 0;
function fail(where, msg) {
  failures.push({ where, msg });
  console.log(`  FAIL ${msg.split('\n').join('\n       ')}`);
}
function check(where, ok, okMsg, failMsg) {
  checksRun++;
  if (ok) { if (process.env.GOVDOC_BROWSER_VERBOSE) console.log(`  ok   ${okMsg}`); }
  else fail(where, failMsg);
  return ok;
}

function listSome(items, n = 8) {
  return items.length > n ? `${items.slice(0, n).join(', ')} ... and ${items.length - n} more` : items.join(', ');
}

function formatAxe(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => {
      const summary = (n.failureSummary || '').split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
      const html = n.html.length > 160 ? n.html.slice(0, 157) + '...' : n.html;
      return `      at ${n.target.join(' ')}\n         ${html}\n         ${summary}`;
    });
    if (v.nodes.length > 5) nodes.push(`      ... and ${v.nodes.length - 5} more`);
    return `axe ${v.id} [${v.impact}] ${v.help} (${v.tags.filter((t) => t.startsWith('wcag')).join(', ')})\n${nodes.join('\n')}`;
  }).join('\n');
}

/** Every request a context makes must go to our server; anything else is aborted and reported. */
async function guardNetwork(context, origin, offsite, pageErrors) {
  const allowed = new URL(origin);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    let u;
    try { u = new URL(url); } catch { u = null; }
    if (u && (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:')) return route.continue();
    if (u && u.hostname === allowed.hostname && u.port === allowed.port && u.protocol === 'http:') return route.continue();
    let from = '';
    try { from = ` (from ${new URL(route.request().frame().url()).pathname})`; } catch { /* not from a frame */ }
    offsite.push(url + from);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol.startsWith('http') && u.host !== allowed.host && !offsite.some((o) => o.startsWith(req.url()))) offsite.push(req.url());
  });
  context.on('weberror', (e) => pageErrors.push(`uncaught error: ${e.error().message}`));
}

async function runAxe(page, axePath) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return { violations: r.violations, passes: r.passes.length, incomplete: r.incomplete.length };
  }, WCAG_TAGS);
}

async function checkSkipLink(page, where) {
  // The first Tab from a fresh page must land on the skip link.
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const href = el.getAttribute('href') || '';
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(), href, text: el.textContent.trim(),
      visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && style.visibility !== 'hidden',
      target: href.startsWith('#') ? (document.getElementById(decodeURIComponent(href.slice(1)))?.tagName.toLowerCase() ?? null) : null,
    };
  });
  if (!check(where, first && first.tag === 'a' && first.href.startsWith('#') && first.target === 'main',
    `skip link "${first?.text}" is the first focusable element`,
    `the first Tab does not reach a skip link to <main>: focus went to ${first ? `<${first.tag} href="${first.href}"> "${first.text}" (target: ${first.target})` : 'nothing'}`)) return;
  check(where, first.visible, 'skip link is visible when focused',
    `the skip link "${first.text}" is focused but not visible on screen (WCAG 2.4.7 focus visible)`);
  // Enter follows it: focus moves to <main>, and the next Tab goes on from inside <main>.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash !== '', null, { timeout: 2000 }).catch(() => {});
  const after = await page.evaluate(() => {
    const el = document.activeElement;
    const main = document.querySelector('main');
    return { tag: el?.tagName.toLowerCase(), id: el?.id, isMain: el === main, hash: location.hash };
  });
  check(where, after.isMain, 'Enter on the skip link moves focus to <main>',
    `Enter on the skip link does not move focus to <main>: focus is on <${after.tag}${after.id ? ` id="${after.id}"` : ''}> (URL hash ${after.hash || 'none'}); <main> needs tabindex="-1" and the link's target id`);
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => {
    const el = document.activeElement;
    return { inMain: !!el && !!document.querySelector('main')?.contains(el) && el !== document.querySelector('main'), tag: el?.tagName.toLowerCase(), text: el?.textContent.trim().slice(0, 60) };
  });
  const mainHasFocusable = await page.evaluate(() => !!document.querySelector('main a[href], main button, main input, main select, main textarea, main [tabindex]:not([tabindex="-1"])'));
  if (mainHasFocusable) {
    check(where, next.inMain, 'Tab after the skip link continues inside <main>',
      `after the skip link, Tab went to <${next.tag}> "${next.text}" outside <main>`);
  }
}

async function checkLanguageSwitcher(page, where, lang, langs, origin, base, fetchStatus) {
  const info = await page.evaluate(() => {
    const links = [...document.querySelectorAll('body a[hreflang]')].map((a) => ({ lang: a.getAttribute('hreflang'), href: a.href, text: a.textContent.trim(), inNav: !!a.closest('nav') }));
    const alternates = [...document.querySelectorAll('head link[rel="alternate"][hreflang]')].map((l) => ({ lang: l.getAttribute('hreflang'), href: l.href }));
    return { links, alternates };
  });
  const others = langs.filter((l) => l !== lang);
  const here = new URL(page.url()).pathname;
  for (const other of others) {
    const link = info.links.find((l) => l.lang === other);
    if (!check(where, !!link, `language switcher links to ${other}`, `the language switcher has no link to ${other}`)) continue;
    const u = new URL(link.href);
    if (!check(where, u.origin === origin, `switcher link to ${other} stays on the site`, `the switcher link to ${other} goes off the site: ${link.href}`)) continue;
    const status = await fetchStatus(u.pathname);
    if (!check(where, status.status === 200, `switcher link to ${other} answers 200`, `the switcher link to ${other} (${u.pathname}) answers HTTP ${status.status}`)) continue;
    check(where, status.lang === other, `switcher target is in ${other}`, `the switcher link to ${other} (${u.pathname}) leads to a page with <html lang="${status.lang}">`);
    const expected = here.startsWith(`${base}${lang}/`) ? `${base}${other}/${here.slice(`${base}${lang}/`.length)}` : '(a page under ' + `${base}${other}/)`;
    check(where, u.pathname === expected, `switcher link to ${other} is the same page`, `the switcher link to ${other} is ${u.pathname}, expected the same page ${expected}`);
  }
  for (const alt of info.alternates) {
    const u = new URL(alt.href);
    if (u.origin !== origin) { fail(where, `<link rel="alternate" hreflang="${alt.lang}"> points off the site: ${alt.href}`); continue; }
    const status = await fetchStatus(u.pathname);
    check(where, status.status === 200, `alternate ${alt.lang} answers 200`, `<link rel="alternate" hreflang="${alt.lang}" href="${u.pathname}"> answers HTTP ${status.status}`);
  }
}

async function checkLinks(page, where, origin, base, fetchStatus) {
  // An SVG link's `href` is an SVGAnimatedString (the governance map's boxes): resolve its value.
  const hrefs = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[href], link[href]')]
    .map((a) => (typeof a.href === 'string' ? a.href : new URL(a.href.baseVal, document.baseURI).href)))]);
  const broken = [];
  for (const href of hrefs) {
    const u = new URL(href);
    if (u.origin !== origin) continue; // off-site links are allowed as links; they are never requested.
    if (!u.pathname.startsWith(base)) { broken.push(`${u.pathname} (outside the base path ${base})`); continue; }
    const st = await fetchStatus(u.pathname);
    if (st.status !== 200) broken.push(`${u.pathname} (HTTP ${st.status})`);
  }
  check(where, broken.length === 0, `all ${hrefs.length} links answer 200`, `broken links: ${listSome(broken)}`);
}

async function checkWithoutJs(browser, origin, url, where, offsite, pageErrors) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await guardNetwork(context, origin, offsite, pageErrors);
  try {
    const page = await context.newPage();
    const res = await page.goto(origin + url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    if (!check(where, res && res.status() === 200, 'loads without JavaScript', `without JavaScript the page answers ${res ? res.status() : 'nothing'}`)) return;
    const h1 = page.locator('h1').first();
    check(where, (await page.locator('h1').count()) > 0 && await h1.isVisible(), 'h1 visible without JavaScript', 'without JavaScript no visible <h1>');
    const navOk = await page.evaluate(() => {
      // The main navigation: a <nav> with visible links that is not the language switcher.
      const visible = (el) => { const r = el.getBoundingClientRect(); return el.checkVisibility() && r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
      return [...document.querySelectorAll('nav')].some((nav) => {
        const links = [...nav.querySelectorAll('a[href]')];
        return links.length >= 2 && !links.every((a) => a.hasAttribute('hreflang')) && links.filter(visible).length >= 2;
      });
    });
    check(where, navOk, 'main navigation visible without JavaScript', 'without JavaScript the main navigation (a <nav> with visible links) is not shown');
    // Language switching is a plain link: following it without JavaScript lands on the page in
    // that language.
    const other = page.locator('nav a[hreflang]').first();
    if (await other.count()) {
      const want = await other.getAttribute('hreflang');
      const [res2] = await Promise.all([page.waitForNavigation({ timeout: PAGE_TIMEOUT_MS }).catch(() => null), other.click()]);
      const got = await page.evaluate(() => document.documentElement.lang);
      check(where, !!res2 && res2.status() === 200 && got === want, `the switcher reaches ${want} without JavaScript`,
        `without JavaScript the switcher link to ${want} led to HTTP ${res2 ? res2.status() : 'nothing'}, <html lang="${got}">`);
    }
  } finally {
    await context.close();
  }
}

async function checkPhone(page, where) {
  // At 360 px the header (brand, search, languages, the menu button) leaves room for content,
  // the page's heading starts in the top third of the window (with an example banner and the
  // breadcrumbs before it), and the menu opens from its button (a <details>, so it needs no
  // JavaScript) with every entry in it, the "More" group's included.
  await page.setViewportSize({ width: 360, height: 740 });
  const visibleLinks = () => page.evaluate(() => [...document.querySelectorAll('.main-nav a')]
    .filter((a) => a.checkVisibility() && a.getBoundingClientRect().height > 0).length);
  const r = await page.evaluate(() => {
    const header = document.querySelector('.site-header');
    const h1 = document.querySelector('main h1');
    return {
      headerBottom: header ? Math.round(header.getBoundingClientRect().bottom) : null,
      h1Top: h1 ? Math.round(h1.getBoundingClientRect().top + scrollY) : null,
      hasMenu: !!document.querySelector('.main-nav details'),
      links: document.querySelectorAll('.main-nav a').length,
    };
  });
  check(where, r.headerBottom !== null && r.headerBottom <= 140, `header takes ${r.headerBottom} px at 360 px`,
    `at 360 px wide the header takes ${r.headerBottom} px before any content (at most 140 px expected)`);
  if (r.h1Top !== null) {
    check(where, r.h1Top <= 250, `the heading starts at ${r.h1Top} px at 360 px`,
      `at 360 px wide the page's <h1> starts ${r.h1Top} px down (at most 250 px, a third of the window, expected)`);
  }
  if (r.hasMenu) {
    const closed = await visibleLinks();
    check(where, closed === 0, 'menu folded on phones', `at 360 px the menu shows ${closed} links before it is opened`);
    await page.locator('.main-nav summary').first().click();
    const open = await visibleLinks();
    check(where, open === r.links && open >= 2, `menu opens on phones with all ${open} entries`,
      `at 360 px the menu button opens ${open} of its ${r.links} links`);
    await page.locator('.main-nav summary').first().click();
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function checkMenuOneRow(page, where) {
  // At 1280 px the main menu is one row (Designsystemet's header: the reference pages go into
  // a "More" group rather than a second row), and the group opens from its button.
  await page.setViewportSize({ width: 1280, height: 900 });
  const r = await page.evaluate(() => {
    const list = document.querySelector('.main-nav ul');
    const items = list ? [...list.children].filter((li) => li.checkVisibility() && li.getBoundingClientRect().height > 0) : [];
    const rows = [...new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)))];
    return { items: items.length, rows: rows.length, texts: items.map((li) => li.textContent.trim().replace(/\s+/g, ' ').slice(0, 30)) };
  });
  if (!r.items) return;
  check(where, r.rows === 1, `menu is one row at 1280 px (${r.items} entries)`,
    `at 1280 px the main menu wraps to ${r.rows} rows: ${r.texts.join(' | ')}`);
  const more = page.locator('.main-nav .menu-more > summary');
  if (await more.count()) {
    const inMore = () => page.evaluate(() => [...document.querySelectorAll('.main-nav .menu-more a')]
      .filter((a) => a.checkVisibility() && a.getBoundingClientRect().height > 0).length);
    const total = await page.locator('.main-nav .menu-more a').count();
    const before = await inMore();
    await more.focus();
    await page.keyboard.press('Enter');
    const after = await inMore();
    check(where, before === 0 && after === total && total > 0, `"More" opens by keyboard with ${total} entries`,
      `at 1280 px the "More" group shows ${before} links closed and ${after} of ${total} after Enter`);
    await page.keyboard.press('Enter');
  }
}

async function checkSchemes(page, where, axePath) {
  // Designsystemet's 18 px body text and hyphenation of long compounds; the dark scheme passes
  // axe too (contrast); print drops the menus and shows where links lead.
  const base = await page.evaluate(() => ({
    font: getComputedStyle(document.body).fontSize,
    hyphens: getComputedStyle(document.querySelector('main')).hyphens,
    bg: getComputedStyle(document.body).backgroundColor,
  }));
  check(where, base.font === '18px', 'body text is 18 px', `body text is ${base.font}, not Designsystemet's 18 px`);
  check(where, base.hyphens === 'auto', 'main text is hyphenated', `<main> has hyphens: ${base.hyphens}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    check(where, bg !== base.bg, 'a dark scheme follows the setting', `the background stays ${bg} in the dark scheme`);
    const dark = await runAxe(page, axePath);
    check(where, dark.violations.length === 0, 'axe: no violations in the dark scheme',
      `${dark.violations.length} axe violation(s) in the dark scheme:\n${formatAxe(dark.violations)}`);
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await page.emulateMedia({ media: 'print' });
  try {
    const print = await page.evaluate(() => {
      const nav = document.querySelector('.main-nav');
      const link = document.querySelector('main a[href^="/"], main a[href^="http"]');
      return { nav: nav ? getComputedStyle(nav).display : 'none', after: link ? getComputedStyle(link, '::after').content : null };
    });
    check(where, print.nav === 'none', 'print leaves the menu out', `in print the menu is display: ${print.nav}`);
    if (print.after !== null) {
      check(where, print.after.includes('('), 'print shows link targets', `in print a link's target is not shown (::after ${print.after})`);
    }
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

async function checkTablesLineUp(page, where) {
  // At 1280 px the tables of a list (the home page's forums by group, its roles by group) share
  // their column widths, so the columns read straight down the page.
  await page.setViewportSize({ width: 1280, height: 900 });
  const r = await page.evaluate(() => {
    const byColumns = new Map();
    for (const t of document.querySelectorAll('main table')) {
      const cells = [...t.querySelectorAll('thead th')];
      if (cells.length < 2) continue;
      const edges = cells.map((c) => Math.round(c.getBoundingClientRect().left)).join(',');
      const key = cells.length;
      if (!byColumns.has(key)) byColumns.set(key, new Set());
      byColumns.get(key).add(edges);
    }
    return [...byColumns].map(([cols, edges]) => ({ cols, layouts: [...edges] }));
  });
  for (const { cols, layouts } of r) {
    check(where, layouts.length === 1, `tables of ${cols} columns line up`,
      `the tables of ${cols} columns have ${layouts.length} different column layouts: ${layouts.slice(0, 3).join(' | ')}`);
  }
}

async function checkFooterAtBottom(page, where) {
  // The footer stays at the bottom of the window even on a short page.
  await page.setViewportSize({ width: 1280, height: 2000 });
  const r = await page.evaluate(() => {
    const f = document.querySelector('footer');
    return f ? { bottom: Math.round(f.getBoundingClientRect().bottom), inner: innerHeight, page: document.scrollingElement.scrollHeight } : null;
  });
  if (r) check(where, r.bottom >= r.inner - 1, 'footer at the bottom', `the footer ends at ${r.bottom} px in a ${r.inner} px window (it should stay at the bottom)`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function checkReflow(page, where) {
  // WCAG 1.4.10: content reflows at 320 CSS px without horizontal scrolling.
  await page.setViewportSize({ width: 320, height: 800 });
  const r = await page.evaluate(() => {
    const se = document.scrollingElement;
    const wide = [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > se.clientWidth + 1)
      .slice(0, 3).map((el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${el.textContent.trim().slice(0, 40)}"`);
    return { scroll: se.scrollWidth, client: se.clientWidth, wide };
  });
  check(where, r.scroll <= r.client + 1, 'reflows at 320 px',
    `at 320 CSS px wide the page scrolls sideways (${r.scroll}px > ${r.client}px; WCAG 1.4.10 reflow)${r.wide.length ? `; too wide: ${r.wide.join(', ')}` : ''}`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

// ---------------------------------------------------------------------------------------------

/** The Content-Security-Policy of deploy/nginx/, so the search check runs under the real policy
 * whichever server answers. */
function deployedCsp() {
  try {
    const text = fs.readFileSync(path.join(repoRoot, 'deploy/nginx/govdoc-headers.conf'), 'utf8');
    return /add_header Content-Security-Policy "([^"]+)"/.exec(text)?.[1] ?? null;
  } catch { return null; }
}

function decodeEntities(s) {
  return s.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

/**
 * Search, in a context that enforces the deployed Content-Security-Policy on every response:
 * typing a role's name (its card's <h1>) into the labelled search field of /<lang>/search/
 * lists that card first, announces the count in the live region, the first result is reached
 * with the keyboard, and no CSP violation or console error happens.
 */
async function checkSearch(browser, origin, B, site, lang, offsite, consoleErrors) {
  const where = `${B}/${lang}/search/ (search)`;
  console.log(where);
  if (!check(where, exists(site, `${lang}/search/`), 'the search page exists', `no /${lang}/search/ in the built site`)) return;
  const roleId = exists(site, `${lang}/roles/system-owner/`) ? 'system-owner' : subdirs(site, `${lang}/roles`)[0];
  if (!check(where, !!roleId, 'a role card to search for', 'no role card to search for')) return;
  const cardHtml = fs.readFileSync(path.join(site, lang, 'roles', roleId, 'index.html'), 'utf8');
  const name = decodeEntities(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(cardHtml)?.[1] ?? '');
  const csp = deployedCsp();
  if (!check(where, !!csp && !/unsafe|wasm/.test(csp), 'the deployed policy is strict', `deploy/nginx/ has no strict Content-Security-Policy: ${csp}`)) return;
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await guardNetwork(ctx, origin, offsite, consoleErrors);
  await ctx.route('**/*', async (route) => {
    const u = new URL(route.request().url());
    if (u.origin !== origin) return route.fallback();
    // A late request (the favicon) may still be in flight when the context closes: its
    // failure then is not the page's, and must not end the run as an unhandled rejection.
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    } catch (e) {
      if (!/disposed|closed/i.test(String(e?.message ?? e))) throw e;
    }
  });
  const violations = [];
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') violations.push(m.text()); });
  page.on('pageerror', (e) => violations.push(`uncaught: ${e.message}`));
  try {
    await page.goto(`${origin}${B}/${lang}/search/`, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    const field = page.locator('input[type="search"]');
    await field.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
    if (!check(where, await field.isVisible(), 'the search field is shown', 'the search field stays hidden (did search.js run?)')) return;
    const label = await page.evaluate(() => document.querySelector('input[type="search"]')?.labels?.[0]?.textContent?.trim() || '');
    check(where, label.length > 0, `the search field is labelled "${label}"`, 'the search field has no label');
    // Keyboard: the field is reached with Tab from the top of the page.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('type') === 'search');
    }
    check(where, reached, 'the search field is reached with Tab', 'Tab never reaches the search field');
    if (!reached) await field.focus();
    await page.keyboard.type(name);
    const want = `${B}/${lang}/roles/${roleId}/`;
    await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0, null, { timeout: 5_000 }).catch(() => {});
    const hrefs = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));
    check(where, hrefs[0] === want, `searching "${name}" lists its card first`,
      `searching "${name}" lists ${hrefs.length ? listSome(hrefs, 3) : 'nothing'}, expected ${want} first`);
    const status = await page.locator('#search-status').textContent();
    const live = await page.locator('#search-status').getAttribute('aria-live');
    check(where, live === 'polite' && /\S/.test(status || ''), `the live region says "${status}"`, `the status is not announced (aria-live=${live}, text "${status}")`);
    await page.keyboard.press('Tab');
    const focusedHref = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    if (focusedHref !== want) {
      // The submit button comes first; one more Tab reaches the first result.
      await page.keyboard.press('Tab');
    }
    const next = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    check(where, next === want, 'the first result is reached with the keyboard', `after the field, Tab reaches ${next}, not the first result`);
    if (next === want) {
      await Promise.all([page.waitForURL(`${origin}${want}`, { timeout: PAGE_TIMEOUT_MS }), page.keyboard.press('Enter')]);
      check(where, page.url() === `${origin}${want}`, 'Enter on the result opens the card', `Enter on the result led to ${page.url()}`);
    }
  } catch (e) {
    fail(where, `error while checking search: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
    await ctx.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => {});
    await ctx.close().catch(() => {});
  }
  check(where, violations.length === 0, 'no CSP violation or console error while searching',
    `while searching under the deployed Content-Security-Policy: ${violations.join(' | ')}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { playwright, axePath, chromiumPath } = loadModules();
  const watchdog = setTimeout(() => {
    console.error(`\nbrowser tests: timed out after ${WATCHDOG_MS / 1000} s`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const { server, origin, served } = opts.origin
    ? { server: { close() {} }, origin: opts.origin, served: [] }
    : await startServer(opts.site, opts.base);
  const B = opts.base.slice(0, -1); // '' or '/sub'
  console.log(`browser tests: serving ${opts.site} at ${origin}${opts.base}`);

  const statusCache = new Map();
  const fetchStatus = async (pathname) => {
    if (!statusCache.has(pathname)) {
      statusCache.set(pathname, (async () => {
        const res = await fetch(origin + pathname, { redirect: 'manual' });
        const body = res.headers.get('content-type')?.startsWith('text/html') ? await res.text() : '';
        const lang = /<html[^>]*\slang="([^"]*)"/i.exec(body)?.[1] ?? null;
        return { status: res.status, lang };
      })());
    }
    return statusCache.get(pathname);
  };

  // Playwright's launch() always gives Chromium a fresh --user-data-dir of its own (a new
  // temporary profile, removed on close); it refuses one in `args`.
  let browser;
  try {
    browser = await playwright.chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      chromiumSandbox: false,
      args: CHROMIUM_FLAGS,
      timeout: 60_000,
    });
  } catch (e) {
    server.close();
    setupFail(`Chromium at ${chromiumPath} did not start: ${e.message.split('\n')[0]}`);
  }
  console.log(`browser tests: Chromium ${browser.version()}, axe-core ${require('axe-core/package.json').version}, WCAG tags ${WCAG_TAGS.join(', ')}`);

  const offsite = [];
  // Behind a server with a Content-Security-Policy, axe (injected inline) needs the policy
  // bypassed; each page is then also loaded in a strict context that reports any violation.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', reducedMotion: 'reduce', bypassCSP: !!opts.origin });
  const strict = opts.origin ? await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' }) : null;
  const consoleErrors = [];
  await guardNetwork(context, origin, offsite, consoleErrors);
  if (opts.origin) {
    // Another server answers: note what it answered to every request the pages made.
    context.on('response', (r) => {
      const u = new URL(r.url());
      if (u.origin === origin && r.request().resourceType() !== 'document') served.push({ path: u.pathname, status: r.status() });
    });
  }
  let axeViolations = 0;
  let pagesChecked = 0;

  try {
    const targets = [{ lang: null, label: 'language chooser', url: `${B}/` }];
    if (!opts.quick && fs.existsSync(path.join(opts.site, '404.html'))) targets.push({ lang: null, label: 'not-found page', url: `${B}/404.html` });
    for (const lang of opts.langs) {
      const { pages, problems } = pagesFor(opts.site, lang, opts.all, opts.quick);
      for (const p of problems) fail(lang, p);
      for (const p of pages) targets.push({ lang, ...p, url: B + p.url });
    }

    for (const t of targets) {
      const where = `${t.url} (${t.label})`;
      console.log(`${where}`);
      pagesChecked++;
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        const src = m.location()?.url;
        consoleErrors.push(`${t.url}: ${m.text()}${src ? ` (${src.replace(origin, '')})` : ''}`);
      });
      try {
        const res = await page.goto(origin + t.url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
        if (!check(where, res && res.status() === 200, 'HTTP 200', `the page answers HTTP ${res ? res.status() : 'nothing'}`)) continue;

        const htmlLang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
        if (t.lang) check(where, htmlLang === t.lang, `<html lang="${htmlLang}">`, `<html lang="${htmlLang}">, expected "${t.lang}"`);
        else check(where, !!htmlLang, `<html lang="${htmlLang}">`, 'the page has no <html lang>');

        const h1s = await page.locator('h1').count();
        check(where, h1s >= 1, `${h1s} <h1>`, 'the page has no <h1> (every page needs a main heading)');

        const axeResult = await runAxe(page, axePath);
        axeViolations += axeResult.violations.length;
        check(where, axeResult.violations.length === 0, `axe: no violations (${axeResult.passes} rules passed)`,
          `${axeResult.violations.length} axe violation(s):\n${formatAxe(axeResult.violations)}`);

        if (t.lang) {
          await checkLanguageSwitcher(page, where, t.lang, opts.langs, origin, opts.base, fetchStatus);
        }
        await checkLinks(page, where, origin, opts.base, fetchStatus);
        await checkReflow(page, where);
        if (t.lang) {
          await checkPhone(page, where);
          await checkMenuOneRow(page, where);
          if (t.label === 'home page' || t.label === 'role card') await checkSchemes(page, where, axePath);
          if (t.label === 'home page') await checkTablesLineUp(page, where);
          await checkFooterAtBottom(page, where);
        }

        // Keyboard: from a fresh load of the page (no focus, no hash).
        await page.goto(origin + t.url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
        if (t.lang) await checkSkipLink(page, where);

        if (t.lang) await checkWithoutJs(browser, origin, t.url, where, offsite, consoleErrors);

        if (strict) {
          const sp = await strict.newPage();
          const violations = [];
          sp.on('console', (m) => { if (m.type() === 'error') violations.push(m.text()); });
          await sp.goto(origin + t.url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
          await sp.close();
          check(where, violations.length === 0, 'no CSP violation or console error under the server\'s policy',
            `under the server's Content-Security-Policy: ${violations.join(' | ')}`);
        }
      } catch (e) {
        fail(where, `error while checking: ${e.message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }

    for (const lang of opts.langs) {
      if (exists(opts.site, `${lang}/search/`) || !opts.quick) {
        await checkSearch(browser, origin, B, opts.site, lang, offsite, consoleErrors);
        pagesChecked++;
      }
    }

    check('network', offsite.length === 0, 'no request left 127.0.0.1',
      `requests that did not go to ${origin} (all were blocked):\n${[...new Set(offsite)].map((u) => `  ${u}`).join('\n')}`);
    const uniqueErrors = [...new Set(consoleErrors)];
    check('console', uniqueErrors.length === 0, 'no console errors', `console errors:\n${uniqueErrors.slice(0, 10).map((c) => `  ${c}`).join('\n')}${uniqueErrors.length > 10 ? `\n  ... and ${uniqueErrors.length - 10} more` : ''}`);
    // Every page names the theme's favicon, so not even /favicon.ico may fail.
    const notFound = served.filter((s) => s.status !== 200).map((s) => s.path);
    check('server', notFound.length === 0, 'every request the browser made was served', `requests the server could not answer: ${listSome([...new Set(notFound)])}`);

    if (opts.screenshot) {
      const rel = exists(opts.site, 'en/roles/system-owner/') ? '/en/roles/system-owner/' : pagesFor(opts.site, 'en', false, true).pages.find((p) => p.label === 'role card')?.url;
      const url = rel && B + rel;
      if (!url) fail('screenshot', 'no English role card to take a screenshot of');
      else {
        const page = await context.newPage();
        await page.goto(origin + url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
        await fsp.mkdir(path.dirname(opts.screenshot), { recursive: true });
        await page.screenshot({ path: opts.screenshot, fullPage: false, animations: 'disabled', caret: 'hide' });
        await page.close();
        console.log(`screenshot of ${url} (1280×900) written to ${opts.screenshot}`);
      }
    }
  } finally {
    await context.close().catch(() => {});
    if (strict) await strict.close().catch(() => {});
    await browser.close().catch(() => {});
    server.close();
    clearTimeout(watchdog);
  }

  console.log('');
  if (failures.length) {
    console.log(`browser tests FAILED: ${failures.length} problem(s) on ${pagesChecked} page(s):`);
    for (const f of failures.slice(0, 30)) console.log(`  - ${f.where}: ${f.msg.split('\n')[0]}`);
    if (failures.length > 30) console.log(`  ... and ${failures.length - 30} more (see above)`);
    console.log(`(axe found ${axeViolations} violation(s) in total; details above)`);
    process.exitCode = 1;
  } else {
    console.log(`browser tests passed: ${pagesChecked} pages, ${checksRun} checks, 0 axe violations`);
  }
}

// Exit at once: kept-alive connections to another server (nginx keeps them 65 s) would
// otherwise hold the process open long after the last check.
main().then(() => process.exit(), (e) => {
  console.error(`browser tests crashed: ${e.stack || e}`);
  process.exit(1);
});
