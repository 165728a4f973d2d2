#!/usr/bin/env node
// Every page of a built govdoc site, in one headless Chromium tab, as a server already serves it
// (tests/nginx.rs: Debian's nginx with deploy/nginx/ under a sub-path): axe-core WCAG 2.1 A/AA,
// no console error, no Content-Security-Policy violation, no request to another host, every
// request and link answered, the language switcher leading to the same page, and the main menu
// in one row at 1280 px.
//
//   node tests/browser/every-page.mjs SITE_DIR --origin http://127.0.0.1:PORT [--base-path /sub/]
//        [--screenshots DIR --screenshot-set default|example]
//
// SITE_DIR lists the pages (every index.html and 404.html); the server answers them. run.mjs
// checks a sample of pages more deeply (keyboard, no JavaScript, phone menu, search); this
// sweep keeps to what is cheap per page, so 250 pages take a few minutes on two cores.
//
// --screenshots writes the README's screenshots (see SHOTS below) into DIR after the sweep.
//
// Exit status: 0 all passed, 1 a check failed, 2 a setup problem.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { takeScreenshots } from './screenshots.mjs';

const require = createRequire(import.meta.url);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PAGE_TIMEOUT_MS = 20_000;
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions', '--metrics-recording-only', '--no-pings',
  // No host name but the loopback address resolves, so nothing can leave the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

function usage(msg) {
  console.error(`every-page.mjs: ${msg}\nusage: node tests/browser/every-page.mjs SITE_DIR --origin http://127.0.0.1:PORT [--base-path /sub/] [--screenshots DIR --screenshot-set default|example]`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { site: null, origin: null, base: '/', shots: null, set: 'default' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--origin') o.origin = value();
    else if (a === '--base-path') o.base = `/${value().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    else if (a === '--screenshots') o.shots = path.resolve(value());
    else if (a === '--screenshot-set') o.set = value();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else o.site = path.resolve(a);
  }
  if (!o.site || !fs.existsSync(path.join(o.site, 'index.html'))) usage('SITE_DIR must be a built site');
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(o.origin || '')) usage('--origin must be http://127.0.0.1:PORT');
  return o;
}

/** Every page of the site as a path under the base: folders with index.html, and 404 pages. */
function pagesOf(site, base) {
  const out = [];
  const walk = (rel) => {
    for (const d of fs.readdirSync(path.join(site, rel), { withFileTypes: true })) {
      if (d.isDirectory()) walk(`${rel}${d.name}/`);
      else if (d.name === 'index.html') out.push(`${base}${rel}`);
      else if (d.name === '404.html') out.push(`${base}${rel}404.html`);
    }
  };
  walk('');
  return out.sort();
}

function formatAxe(violations) {
  return violations.map((v) => `axe ${v.id} [${v.impact}] ${v.help}\n` + v.nodes.slice(0, 3)
    .map((n) => `      at ${n.target.join(' ')}: ${n.html.slice(0, 140)}`).join('\n')).join('\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  let playwright; let axePath;
  try {
    playwright = require('playwright-core');
    axePath = require.resolve('axe-core/axe.min.js');
  } catch {
    console.error('every-page.mjs: playwright-core and axe-core are missing; run `bash .ci/run`');
    process.exit(2);
  }
  const started = Date.now();
  const browser = await playwright.chromium.launch({
    executablePath: process.env.GOVDOC_CHROMIUM || '/usr/bin/chromium',
    headless: true, chromiumSandbox: false, args: CHROMIUM_FLAGS, timeout: 60_000,
  }).catch((e) => { console.error(`every-page.mjs: Chromium did not start: ${e.message}`); process.exit(2); });

  // The server's policy is enforced (no bypassCSP); axe comes in as an init script, which the
  // policy does not govern, and a listener records every violation the page reports.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
  await context.addInitScript({ path: axePath });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  const offsite = new Set();
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin === o.origin || ['data:', 'blob:', 'about:'].includes(u.protocol)) return route.continue();
    offsite.add(u.href);
    return route.abort('blockedbyclient');
  });

  const statusOf = new Map();
  const fetchStatus = (p) => {
    if (!statusOf.has(p)) statusOf.set(p, fetch(o.origin + p, { redirect: 'manual' }).then((r) => r.status, () => 0));
    return statusOf.get(p);
  };
  const langs = fs.readdirSync(o.site).filter((d) => fs.existsSync(path.join(o.site, d, 'index.html'))).sort();

  const page = await context.newPage();
  let events = [];
  page.on('console', (m) => { if (m.type() === 'error') events.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => events.push(`uncaught: ${e.message}`));
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin === o.origin && r.status() >= 400 && r.request().resourceType() !== 'document') events.push(`HTTP ${r.status()} for ${u.pathname}`);
  });

  const failures = [];
  const pages = pagesOf(o.site, o.base);
  for (const url of pages) {
    const problems = [];
    events = [];
    try {
      const res = await page.goto(o.origin + url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
      if (!res || res.status() !== 200) problems.push(`HTTP ${res ? res.status() : 'nothing'}`);
      const lang = url.slice(o.base.length).split('/')[0];
      const info = await page.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return {
          violations: r.violations,
          lang: document.documentElement.lang,
          h1: document.querySelectorAll('h1').length,
          // The trail starts where the page's heading starts (body is a flex column).
          crumbsOffset: (() => {
            const ol = document.querySelector('.breadcrumbs ol');
            const h1 = document.querySelector('main h1');
            return ol && h1 ? Math.round(ol.getBoundingClientRect().left - h1.getBoundingClientRect().left) : 0;
          })(),
          // The main menu keeps to one row at 1280 px (its reference pages in a "More" group).
          menuRows: (() => {
            const list = document.querySelector('.main-nav ul');
            const items = list ? [...list.children].filter((li) => li.checkVisibility() && li.getBoundingClientRect().height > 0) : [];
            return new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size;
          })(),
          csp: window.__csp,
          // SVG links (the governance maps) have an SVGAnimatedString as `href`: resolve the attribute.
          links: [...new Set([...document.querySelectorAll('a[href], link[href]')].map((a) => new URL(a.getAttribute('href'), document.baseURI).href))],
          switcher: [...document.querySelectorAll('body a[hreflang]')].map((a) => ({ lang: a.hreflang, href: a.href })),
        };
      }, WCAG_TAGS);
      if (info.violations.length) problems.push(formatAxe(info.violations));
      if (langs.includes(lang) && info.lang !== lang) problems.push(`<html lang="${info.lang}">, expected ${lang}`);
      if (!info.lang) problems.push('no <html lang>');
      if (info.h1 < 1) problems.push('no <h1>');
      if (info.menuRows > 1) problems.push(`the main menu wraps to ${info.menuRows} rows at 1280 px`);
      if (Math.abs(info.crumbsOffset) > 1) problems.push(`the breadcrumbs start ${info.crumbsOffset} px from the heading's left edge`);
      for (const c of info.csp) problems.push(`CSP violation: ${c}`);
      const broken = [];
      for (const href of info.links) {
        const u = new URL(href);
        if (u.origin !== o.origin) continue; // links elsewhere are allowed; they are never requested.
        if (!u.pathname.startsWith(o.base) || await fetchStatus(u.pathname) !== 200) broken.push(u.pathname);
      }
      if (broken.length) problems.push(`broken links: ${broken.slice(0, 5).join(', ')}`);
      if (langs.includes(lang) && !url.endsWith('404.html')) {
        const rest = url.slice(`${o.base}${lang}/`.length);
        for (const other of langs.filter((l) => l !== lang)) {
          const link = info.switcher.find((s) => s.lang === other);
          const want = `${o.base}${other}/${rest}`;
          if (!link) problems.push(`no language switcher link to ${other}`);
          else if (new URL(link.href).pathname !== want) problems.push(`the switcher's ${other} link is ${new URL(link.href).pathname}, not the same page ${want}`);
        }
      }
    } catch (e) {
      problems.push(`error while checking: ${e.message.split('\n')[0]}`);
    }
    problems.push(...events);
    if (problems.length) {
      failures.push(url);
      console.log(`FAIL ${url}\n  ${problems.join('\n  ')}`);
    }
  }
  if (offsite.size) {
    failures.push('network');
    console.log(`FAIL requests to other hosts (all blocked):\n  ${[...offsite].join('\n  ')}`);
  }
  const sweepSeconds = ((Date.now() - started) / 1000).toFixed(1);

  if (o.shots) {
    const written = await takeScreenshots({ page, origin: o.origin, base: o.base, site: o.site, dir: o.shots, set: o.set });
    for (const w of written) console.log(w);
  }
  await browser.close();

  const per = Object.fromEntries(langs.map((l) => [l, pages.filter((p) => p.startsWith(`${o.base}${l}/`)).length]));
  console.log(`\nevery page: ${pages.length} pages (${langs.map((l) => `${l} ${per[l]}`).join(', ')}, plus ${pages.length - Object.values(per).reduce((a, b) => a + b, 0)} outside the languages) in ${sweepSeconds} s`);
  if (failures.length) {
    console.log(`every page FAILED on ${failures.length} page(s)`);
    process.exitCode = 1;
  } else {
    console.log('every page passed: 0 axe violations, 0 console errors, 0 CSP violations, 0 requests elsewhere');
  }
}

// Exit at once: kept-alive connections to the server (nginx keeps them 65 s) would otherwise
// hold the process open long after the last check.
main().then(() => process.exit(), (e) => { console.error(`every-page.mjs crashed: ${e.stack || e}`); process.exit(1); });
