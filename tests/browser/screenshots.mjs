// The README's screenshots, taken by the browser suite (every-page.mjs --screenshots DIR) from
// the site nginx serves, so they show the site as deployed. Regenerate them with
//
//     GOVDOC_SCREENSHOTS=1 cargo test --release --test nginx every_page
//
// which writes docs/screenshots/*.png. A shot whose page the site does not have (the governance
// map before that view exists) is skipped with a note, never an error.

import fs from 'node:fs';
import path from 'node:path';

/** name, the page (first that exists), window size, and what to do before the shot. */
const SHOTS = {
  default: [
    { name: 'role-card', pages: ['en/roles/system-owner/'], width: 1280, height: 900 },
    { name: 'meeting-description', pages: ['en/forums/change-forum/', 'en/forums/ict-steering-group/'], width: 1280, height: 900 },
    { name: 'search-results', pages: ['en/search/'], width: 1280, height: 700, query: 'system owner' },
    { name: 'phone', pages: ['nb/roles/system-owner/'], width: 360, height: 740 },
    { name: 'annual-cycle', pages: ['en/annual-cycle/'], width: 1280, height: 900 },
    { name: 'governance-map', pages: ['en/governance-map/', 'en/map/'], width: 1280, height: 900 },
  ],
  example: [
    { name: 'risk-matrix', pages: ['en/risk-matrix/', 'en/risks/matrix/'], width: 1280, height: 900 },
    { name: 'risk-register', pages: ['en/risks/'], width: 1280, height: 900 },
  ],
};

/** Takes the shots of `set` with the sweep's page; returns one line per shot, for the log. */
export async function takeScreenshots({ page, origin, base, site, dir, set }) {
  const shots = SHOTS[set];
  if (!shots) throw new Error(`unknown screenshot set ${set} (default or example)`);
  fs.mkdirSync(dir, { recursive: true });
  const lines = [];
  for (const s of shots) {
    const rel = s.pages.find((p) => fs.existsSync(path.join(site, p, 'index.html')));
    if (!rel) {
      lines.push(`screenshot ${s.name}: skipped, the site has none of ${s.pages.join(', ')}`);
      continue;
    }
    await page.setViewportSize({ width: s.width, height: s.height });
    await page.goto(`${origin}${base}${rel}`, { waitUntil: 'load' });
    if (s.query) {
      // Typed as a reader would; the results appear as the field changes.
      await page.locator('input[type="search"]').fill(s.query);
      await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0, null, { timeout: 5_000 });
    }
    const file = path.join(dir, `${s.name}.png`);
    await page.screenshot({ path: file, fullPage: false, animations: 'disabled', caret: 'hide' });
    lines.push(`screenshot ${s.name}: ${base}${rel} at ${s.width}×${s.height} -> ${file}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return lines;
}
