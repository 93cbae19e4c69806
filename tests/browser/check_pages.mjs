// tests/browser/check_pages.mjs — gongkai's pages in headless Chromium (issue 15).
//
//   node check_pages.mjs --base URL --out DIR --shots DIR [--chromium PATH]
//
// URL is where the built site DIR is served (run.sh builds and serves it). One page of each kind
// is found in DIR itself (catalogue.json, the links of the front page), never from a list of
// paths kept here; a kind the site lacks is an error. Each page is checked on a phone
// (390×844), on a desktop (1280×900), in print and without JavaScript; screenshots and a PDF of
// each go to the shots folder. Exit status 0 when every check passes, 1 otherwise; every failure
// is printed, with the check's name, the page kind and what was found.
//
// The checks (issue 15), by the name they report under:
//   every page, phone and desktop: no sideways scroll; axe WCAG 2.1 A/AA (zero violations);
//     line height (>= 1.3 for body text); text inside table cells; no pop-ups
//   desktop: QR code reads the URL (a screenshot of .qr through zbarimg; required on documents,
//     which SPEC §4 gives a QR code, checked wherever one is); visible focus (the first 25 Tab
//     stops); font switch and print button (大/中/小 by keyboard and mouse, kept over a reload;
//     打印 calls window.print(); required on documents, checked wherever they are);
//     metadata shown (documents)
//   phone: QR hidden on the phone; documents: first screen (h1, 索引号, 发布机构, 生成日期 and the
//     body's first two lines within 844px), metadata one tap away, tables (.table-scroll region,
//     named, scrolling with a visible sign, text columns >= 8 characters); the longest document,
//     when over 3 phone screens: TOC and back to top (and the sample site must have one)
//   print: title, metadata and body shown, QR code shown; header, menu, breadcrumb, footer links,
//     font switch and print button hidden
//   without JavaScript (phone): the body's text all shows, the metadata is reachable, no
//     control that needs a script shows
// Nothing is timed: a slow machine makes the run slower, never a check fail.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;

// ---------- settings ----------

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const PRINT = { width: 794, height: 1123 }; // A4 at 96 px/in
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// What the page engineer agreed to (issue 15); the body of a document is `.article-body`, or
// `.body` inside the article in the theme of before issue 15.
const SEL = {
  title: 'h1',
  body: '.article-body, article .body',
  meta: 'table.meta',
  qr: '.qr',
  qrImage: '.qr svg, .qr img, .qr canvas',
  tableWrap: '.table-scroll',
  // Navigation that print hides: the header (site title and menu), breadcrumb, the footer's
  // links (the footer's line naming the site may print, as a letterhead's foot does).
  printHidden: ['.site-header', '.site-menu', '.breadcrumb', '.site-footer a', '.skip-link'],
};
const META_LABELS = ['索引号', '文号', '关键词', '发布机构', '公开形式', '责任部门', '生成日期', '是否有效'];
const ESSENTIALS = ['索引号', '发布机构', '生成日期'];
const MIN_COLUMN_CHARS = 8; // a text column of a body table on a phone: at least ~8 characters
const MIN_LINE_HEIGHT = 1.3;
const LONG_SCREENS = 3; // a document whose body is taller than 3 phone screens is long: TOC, back to top
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-proxy-server',
];

// ---------- arguments ----------

function parseArgs(argv) {
  const args = { chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['base', 'out', 'shots', 'chromium'].includes(key) || argv[i + 1] === undefined) {
      console.error('usage: node check_pages.mjs --base URL --out DIR --shots DIR [--chromium PATH]');
      process.exit(2);
    }
    args[key] = argv[i + 1];
  }
  if (!args.base || !args.out || !args.shots) {
    console.error('usage: node check_pages.mjs --base URL --out DIR --shots DIR [--chromium PATH]');
    process.exit(2);
  }
  if (!args.base.endsWith('/')) args.base += '/';
  return args;
}

const args = parseArgs(process.argv.slice(2));

// ---------- results ----------

const failures = []; // {check, kind, viewport, message}
let passed = 0;

function record(check, kind, viewport, problems) {
  const list = (Array.isArray(problems) ? problems : [problems]).filter(Boolean);
  if (list.length === 0) {
    passed++;
    return;
  }
  for (const message of list) failures.push({ check, kind, viewport, message });
}

// A check that throws (a selector that times out, a page that does not load) fails, with the reason.
const seconds = new Map(); // time spent by each check, printed at the end (never judged)
async function check(name, kind, viewport, fn) {
  let problems;
  const started = Date.now();
  try {
    problems = await fn();
  } catch (err) {
    problems = [`could not be checked: ${err.message.split('\n')[0]}`];
  }
  seconds.set(name, (seconds.get(name) || 0) + (Date.now() - started) / 1000);
  record(name, kind, viewport, problems);
}

// Loading pages, screenshots and PDFs, timed like the checks.
async function timed(name, fn) {
  const started = Date.now();
  try {
    return await fn();
  } finally {
    seconds.set(name, (seconds.get(name) || 0) + (Date.now() - started) / 1000);
  }
}

// ---------- finding one page of each kind in the built site ----------

function fileOf(url) {
  if (!url.startsWith(args.base)) throw new Error(`${url} is not under ${args.base}`);
  const rel = decodeURIComponent(url.slice(args.base.length).split(/[?#]/)[0]);
  const file = path.join(args.out, rel);
  return rel === '' || rel.endsWith('/') ? path.join(file, 'index.html') : file;
}

function textOf(html) {
  return html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, '');
}

// Body tables: every <table> but the metadata table.
function bodyTables(html) {
  return [...html.matchAll(/<table\b([^>]*)>([\s\S]*?)<\/table>/g)]
    .filter((m) => !/class="[^"]*\bmeta\b/.test(m[1]) && !/class="[^"]*catalogue-table/.test(m[1]));
}

function columnsOf(tableHtml) {
  const firstRow = tableHtml.match(/<tr\b[\s\S]*?<\/tr>/);
  return firstRow ? (firstRow[0].match(/<t[hd]\b/g) || []).length : 0;
}

async function findPages(browser) {
  const catalogue = JSON.parse(fs.readFileSync(path.join(args.out, 'catalogue.json'), 'utf8'));
  const docs = catalogue.documents.map((d) => ({ ...d, html: fs.readFileSync(fileOf(d.url), 'utf8') }));
  if (docs.length === 0) throw new Error('catalogue.json lists no document');
  const missing = [];
  const pages = [];
  const add = (id, kind, url, extra = {}) => pages.push({ id, kind, url, ...extra });

  add('front', 'front page', args.base);

  // The document whose body table has the most columns: the hardest one for a phone.
  const withTable = docs.filter((d) => bodyTables(d.html).length > 0)
    .sort((a, b) => Math.max(...bodyTables(b.html).map((m) => columnsOf(m[2])))
      - Math.max(...bodyTables(a.html).map((m) => columnsOf(m[2]))));
  if (withTable.length) add('doc-table', 'document with a table', withTable[0].url, { doc: withTable[0] });
  else missing.push('a document with a table in its body');

  const withAttachments = docs.find((d) => (d.attachments || []).length > 0);
  if (withAttachments) add('doc-attachments', 'document with attachments', withAttachments.url, { doc: withAttachments });
  else missing.push('a document with attachments');

  const interpretation = docs.find((d) => (d.interprets || []).length > 0);
  if (interpretation) add('interpretation', 'interpretation', interpretation.url, { doc: interpretation });
  else missing.push('an interpretation (a document with interprets)');

  // The document with the most text: the one that needs a table of contents, if any does.
  const longest = [...docs].sort((a, b) => textOf(b.html).length - textOf(a.html).length)[0];
  if (!pages.some((p) => p.url === longest.url)) add('doc-longest', 'longest document', longest.url, { doc: longest });
  pages.find((p) => p.url === longest.url).longest = true;

  // Taxonomy overviews, term pages and the 目录 table: the front page's own links, told apart by
  // what each page holds (a term page lists documents, an overview lists terms, the 目录 table
  // has the catalogue table).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(args.base);
  const links = await page.$$eval('main a[href], header a[href]', (as) => [...new Set(as.map((a) => a.href))]);
  await context.close();
  const docUrls = new Set(docs.map((d) => d.url));
  let overview = null;
  let term = null;
  let catalogueTable = null;
  for (const url of links) {
    if (!url.startsWith(args.base) || url === args.base || docUrls.has(url)) continue;
    let html;
    try {
      html = fs.readFileSync(fileOf(url), 'utf8');
    } catch {
      continue;
    }
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => {
      try {
        return new URL(m[1].replace(/&amp;/g, '&'), url).href;
      } catch {
        return '';
      }
    });
    const listsDocuments = hrefs.some((h) => docUrls.has(h));
    if (listsDocuments && /<table\b/.test(html)) catalogueTable ??= url;
    else if (listsDocuments) term ??= url;
    else if (/<h1\b/.test(html)) overview ??= url;
  }
  if (overview) add('taxonomy', 'taxonomy overview', overview); else missing.push('a taxonomy overview linked from the front page');
  if (term) add('term', 'term page', term); else missing.push('a term page linked from the front page');
  if (catalogueTable) add('catalogue', '目录 table', catalogueTable); else missing.push('the 目录 table linked from the front page');

  if (fs.existsSync(path.join(args.out, '404.html'))) add('404', '404', `${args.base}404.html`, { notFound: true });
  else missing.push('404.html');

  return { pages, missing };
}

// ---------- helpers that run in the page ----------

// The first text character of an element, as a box: where its first line is.
async function firstLineBox(page, selector) {
  return page.$eval(selector, (el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.textContent.trim() && n.parentElement.getClientRects().length
        ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    const node = walker.nextNode();
    if (!node) return null;
    const offset = node.textContent.search(/\S/);
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rect = range.getClientRects()[0] || range.getBoundingClientRect();
    const style = getComputedStyle(node.parentElement);
    const lh = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY, lineHeight: lh,
      text: node.textContent.trim().slice(0, 20) };
  });
}

// Elements whose own text is LABEL (a trailing colon allowed), visible, topmost first.
async function labelBoxes(page, label) {
  return page.evaluate((label) => {
    const found = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('')
        .replace(/[：:\s]/g, '');
      if (own !== label) continue;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || s.visibility === 'hidden') continue;
      found.push({ top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, tag: el.tagName.toLowerCase() });
    }
    return found.sort((a, b) => a.top - b.top);
  }, label);
}

async function isShown(page, selector) {
  return page.evaluate((selector) => [...document.querySelectorAll(selector)].some((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && parseFloat(s.opacity) > 0;
  }), selector);
}

// Controls found by their text: the 大/中/小 font switch and the print button.
async function markControls(page) {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll('button, a, [role="button"], input[type="button"], input[type="radio"], label')];
    const textOf = (el) => (el.value && el.tagName === 'INPUT' ? el.value : el.textContent).replace(/\s+/g, '')
      || el.getAttribute('aria-label') || '';
    const marks = {};
    for (const el of controls) {
      const t = textOf(el);
      for (const [key, re] of [['large', /^(大|大字|大号|字号大)$/], ['medium', /^(中|中字|中号|字号中)$/],
        ['small', /^(小|小字|小号|字号小)$/], ['print', /打印/]]) {
        if (re.test(t) && !marks[key]) {
          el.setAttribute('data-gk-test', key);
          marks[key] = el.tagName.toLowerCase();
        }
      }
    }
    return marks;
  });
}

async function bodyFontSize(page) {
  return page.evaluate((sel) => {
    const body = document.querySelector(sel) || document.querySelector('main') || document.body;
    const el = body.querySelector('p, li, td') || body;
    return parseFloat(getComputedStyle(el).fontSize);
  }, SEL.body);
}

// Moves the keyboard focus to the top of the page, so that the next Tab reaches the page's first
// stop: focusing the body moves Chromium's sequential focus starting point there (blur alone leaves
// it where the last Tab stopped, deep in a long page).
async function focusFromTop(page) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    document.body.setAttribute('tabindex', '-1');
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
}

// Presses Tab until the element marked data-gk-test=KEY has the focus (at most 80 times).
async function tabTo(page, key) {
  await focusFromTop(page);
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((key) => document.activeElement?.getAttribute('data-gk-test') === key, key)) return true;
  }
  return false;
}

function decodeQr(png) {
  const result = spawnSync('zbarimg', ['--nodbus', '--quiet', '--raw', png], { encoding: 'utf8' });
  if (result.error) throw new Error(`zbarimg: ${result.error.message}`);
  return result.stdout.trim();
}

// ---------- the checks ----------

async function checkNoSidewaysScroll(page) {
  const r = await page.evaluate(() => {
    const se = document.scrollingElement;
    if (se.scrollWidth <= se.clientWidth) return null;
    const wide = [...document.querySelectorAll('body *')].filter((el) => {
      const b = el.getBoundingClientRect();
      return b.right > se.clientWidth + 1 && b.width > 0;
    }).filter((el, _, all) => !all.some((o) => o !== el && el.contains(o))) // the innermost ones
      .slice(0, 4).map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)})`);
    return { scrollWidth: se.scrollWidth, clientWidth: se.clientWidth, wide };
  });
  return r ? [`the page scrolls sideways: scrollWidth ${r.scrollWidth} > clientWidth ${r.clientWidth}; past the edge: ${r.wide.join(', ')}`] : [];
}

async function checkAxe(page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n');
    return `axe ${v.id} (${v.impact}): ${v.help} [${v.nodes.length} element(s)]\n${nodes}`;
  });
}

async function checkLineHeight(page) {
  const low = await page.evaluate(({ min }) => {
    const out = [];
    for (const el of document.querySelectorAll('main p, main li, main td, main th, main dd, main dt, main caption, main figcaption, main blockquote, footer p, footer li')) {
      if (el.closest('[aria-hidden="true"]') || !el.textContent.trim() || !el.getClientRects().length) continue;
      const s = getComputedStyle(el);
      const lh = s.lineHeight === 'normal' ? NaN : parseFloat(s.lineHeight) / parseFloat(s.fontSize);
      if (!(lh >= min - 0.001)) out.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${el.textContent.trim().slice(0, 12)}": line-height ${s.lineHeight} at font-size ${s.fontSize}`);
    }
    return [...new Set(out)].slice(0, 5);
  }, { min: MIN_LINE_HEIGHT });
  return low.map((l) => `line height below ${MIN_LINE_HEIGHT}: ${l}`);
}

// Every one of the first 25 stops of the Tab key shows where the focus is.
async function checkFocusVisible(page) {
  const problems = [];
  await focusFromTop(page);
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const shadow = s.boxShadow && s.boxShadow !== 'none';
      return { ok: outline || shadow, what: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 15)}"` };
    });
    if (f === null) break;
    if (!f.ok) problems.push(`no visible focus (an outline of 2px or more, or a box shadow) on ${f.what}`);
  }
  return [...new Set(problems)].slice(0, 5);
}

// Nothing covers the page when it opens: no open <dialog>, no fixed layer over a quarter of it.
async function checkNoPopups(page, viewport) {
  return page.evaluate(({ w, h }) => {
    const out = [];
    if (document.querySelector('dialog[open]')) out.push('an open <dialog> when the page opens');
    for (const el of document.querySelectorAll('body *')) {
      const s = getComputedStyle(el);
      if (s.position !== 'fixed' || s.display === 'none' || s.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      const area = Math.max(0, Math.min(r.right, w) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, h) - Math.max(r.top, 0));
      if (area > 0.25 * w * h) out.push(`a fixed layer covers ${Math.round(100 * area / (w * h))}% of the screen: ${el.tagName.toLowerCase()}.${el.className}`);
    }
    return out;
  }, { w: viewport.width, h: viewport.height });
}

async function checkQrDesktop(page, p, shotDir) {
  if (!(await page.$(SEL.qr))) return p.doc ? ['no QR code box (.qr) on a document page'] : [];
  if (!(await isShown(page, SEL.qrImage))) return ['the QR code is not shown on the desktop'];
  const png = path.join(shotDir, `${p.id}-qr.png`);
  await page.locator(SEL.qr).first().screenshot({ path: png });
  const got = decodeQr(png);
  const canonical = await page.$eval('link[rel="canonical"]', (l) => l.href).catch(() => null);
  const want = p.doc ? p.doc.url : canonical;
  const problems = [];
  if (got !== want) problems.push(`the QR code reads "${got || '(nothing)'}", not the page's URL ${want}`);
  if (canonical && canonical !== want) problems.push(`the canonical link ${canonical} is not the page's URL ${want}`);
  return problems;
}

async function checkQrPhone(page) {
  return (await isShown(page, SEL.qrImage))
    ? ['a QR code is shown on the phone (a code to scan with the phone that shows it); hide it or replace it'] : [];
}

async function checkFirstScreen(page) {
  const h = PHONE.height;
  const problems = [];
  const title = await page.$eval(SEL.title, (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
  if (title.bottom > h) problems.push(`the title (h1) ends at ${Math.round(title.bottom)}px, below the first screen (${h}px)`);
  for (const label of ESSENTIALS) {
    const boxes = await labelBoxes(page, label);
    if (!boxes.length) problems.push(`${label}: not shown on the phone`);
    else if (boxes[0].bottom > h) problems.push(`${label} is at ${Math.round(boxes[0].top)}px, below the first screen (${h}px)`);
  }
  const line = await firstLineBox(page, SEL.body);
  if (!line) problems.push('the body has no text');
  else if (line.bottom + line.lineHeight > h) {
    problems.push(`the body's first lines ("${line.text}…") start at ${Math.round(line.top)}px: the first two lines are not on the first screen (${h}px)`);
  }
  return problems;
}

// The full metadata table: each of its eight labels shown, or one tap away (inside a closed
// <details> whose summary shows).
async function checkMetadataReachable(page, where) {
  return page.evaluate(({ sel, labels, where }) => {
    // A page may hold the table twice (beside the title on wide screens, folded on phones): a
    // label counts as reachable when one of its copies shows or is one tap away.
    const tables = [...document.querySelectorAll(sel)];
    if (!tables.length) return [`no metadata table (${sel}) ${where}`];
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const oneTap = (th) => {
      const details = th.closest('details:not([open])');
      const summary = details && details.querySelector(':scope > summary');
      return Boolean(summary && shown(summary));
    };
    const out = [];
    for (const label of labels) {
      const ths = tables.flatMap((t) => [...t.querySelectorAll('th')])
        .filter((h) => h.textContent.replace(/[：:\s]/g, '') === label);
      if (!ths.length) {
        out.push(`the metadata table lacks ${label}`);
        continue;
      }
      if (!ths.some((th) => shown(th) || oneTap(th))) out.push(`${label} of the metadata table is hidden ${where} and not one tap away (in no <details> whose summary shows)`);
    }
    return out;
  }, { sel: SEL.meta, labels: META_LABELS, where });
}

async function checkMetadataShown(page, where) {
  return page.evaluate(({ sel, labels, where }) => {
    const table = document.querySelector(sel);
    if (!table) return [`no metadata table ${where}`];
    const out = [];
    for (const th of table.querySelectorAll('th')) {
      const label = th.textContent.replace(/[：:\s]/g, '');
      if (labels.includes(label) && !(th.getClientRects().length && th.closest('tr').getClientRects().length)) out.push(`${label} of the metadata table is hidden ${where}`);
    }
    return out;
  }, { sel: SEL.meta, labels: META_LABELS, where });
}

// Body tables on a phone: in a focusable, named region that scrolls; readable columns.
async function checkTables(page) {
  return page.evaluate(({ bodySel, wrapSel, minChars, viewportWidth }) => {
    const out = [];
    const body = document.querySelector(bodySel);
    const tables = [...body.querySelectorAll('table')];
    if (!tables.length) return ['the document has no table in its body'];
    const ctx = document.createElement('canvas').getContext('2d');
    tables.forEach((table, t) => {
      const name = `table ${t + 1}`;
      // The agreed box, or else whatever region holds the table (checked the same way, so that
      // the report says everything that is wrong at once).
      const agreed = table.closest(wrapSel);
      const wrap = agreed || table.closest('[role="region"]');
      if (!agreed) {
        const other = wrap ? `; it is in <${wrap.tagName.toLowerCase()} class="${wrap.className}">` : '';
        out.push(`${name}: not inside a ${wrapSel} box (role="region", tabindex="0", aria-label)${other}`);
      }
      if (wrap) {
        if (wrap.getAttribute('role') !== 'region') out.push(`${name}: its ${wrapSel} box has no role="region"`);
        if (wrap.getAttribute('tabindex') !== '0') out.push(`${name}: its ${wrapSel} box has no tabindex="0" (keyboard users cannot scroll it)`);
        const label = (wrap.getAttribute('aria-label') || '').trim();
        // What names it: the caption, a caption line right above the box ("表1　…", as Chinese
        // documents title their tables), or else the last heading before the table.
        let expected = table.caption ? table.caption.textContent.trim() : '';
        let above = wrap.previousElementSibling;
        while (above && above.classList.contains('table-hint')) above = above.previousElementSibling;
        if (!expected && above && /^表\s*[0-9０-９一二三四五六七八九十]+/.test(above.textContent.trim())) {
          expected = above.textContent.trim();
        }
        if (!expected) {
          const headings = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')]
            .filter((h) => h.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
          expected = headings.length ? headings[headings.length - 1].textContent.trim() : '';
        }
        if (!label) out.push(`${name}: its box has no aria-label`);
        else if (/^表格?\s*\d*$/.test(label)) out.push(`${name}: its box's name "${label}" says nothing; name it from the caption or the heading before it`);
        else if (expected && !label.includes(expected) && !expected.includes(label)) out.push(`${name}: its box is named "${label}", not from its caption or heading ("${expected}")`);
        const ws = getComputedStyle(wrap);
        if (table.getBoundingClientRect().width > wrap.clientWidth + 1) {
          if (!['auto', 'scroll'].includes(ws.overflowX)) out.push(`${name}: wider than its box but the box does not scroll (overflow-x: ${ws.overflowX})`);
          // A visible sign: a hint in words near the box, or a shadow/gradient or pseudo-element on it.
          const near = [wrap, wrap.previousElementSibling, wrap.nextElementSibling, wrap.parentElement].filter(Boolean);
          const words = near.some((el) => /滑动|滚动|左右|横向/.test(el === wrap.parentElement ? [...el.children].filter((c) => c !== wrap).map((c) => c.textContent).join('') : (el === wrap ? [...wrap.querySelectorAll(':scope > :not(table)')].map((c) => c.textContent).join('') + (getComputedStyle(wrap, '::before').content + getComputedStyle(wrap, '::after').content) : el.textContent)));
          const drawn = ws.backgroundImage !== 'none' || ws.boxShadow !== 'none'
            || !['none', 'normal'].includes(getComputedStyle(wrap, '::after').content)
            || !['none', 'normal'].includes(getComputedStyle(wrap, '::before').content);
          if (!words && !drawn) out.push(`${name}: scrolls sideways but nothing shows that it does (no hint such as 左右滑动 beside it, no shadow or marker on the box)`);
        }
      }
      if (table.getBoundingClientRect().width > viewportWidth && !wrap) out.push(`${name}: wider than the screen`);
      // Columns: each cell's text box at least min(8 characters, the cell's text on one line).
      const narrow = new Map();
      for (const row of table.rows) {
        [...row.cells].forEach((cell, c) => {
          const text = cell.textContent.trim();
          if (!text) return;
          const s = getComputedStyle(cell);
          const fs = parseFloat(s.fontSize);
          ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
          const natural = ctx.measureText(text).width;
          const need = Math.min(minChars * fs * 0.95, natural * 0.98);
          const box = cell.getBoundingClientRect().width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)
            - parseFloat(s.borderLeftWidth) - parseFloat(s.borderRightWidth);
          if (box + 0.5 < need) {
            const head = table.rows[0].cells[c] ? table.rows[0].cells[c].textContent.trim().slice(0, 10) : `column ${c + 1}`;
            const chars = (box / fs).toFixed(1);
            if (!narrow.has(head) || narrow.get(head).chars > chars) narrow.set(head, { chars, text: text.slice(0, 10) });
          }
        });
      }
      for (const [head, n] of narrow) out.push(`${name}: column "${head}" is ${n.chars} characters wide on the phone (cell "${n.text}…"), under ${minChars}`);
    });
    return out;
  }, { bodySel: SEL.body, wrapSel: SEL.tableWrap, minChars: MIN_COLUMN_CHARS, viewportWidth: PHONE.width });
}

// Text stays inside its table cell (a label wider than its column, kept on one line, runs over
// the next cell): every th and td on the page, the metadata table's included.
async function checkCellOverflow(page) {
  return page.evaluate(() => {
    const out = [];
    // Cells hidden on purpose (the 目录 table's header row on a phone, clipped to 1px) are skipped.
    const clipped = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.clipPath !== 'none' || (s.clip && s.clip !== 'auto')) return true;
      }
      return false;
    };
    for (const cell of document.querySelectorAll('th, td')) {
      if (!cell.getClientRects().length || !cell.textContent.trim() || clipped(cell)) continue;
      if (cell.scrollWidth > cell.clientWidth + 1) {
        out.push(`"${cell.textContent.trim().slice(0, 12)}" runs out of its ${cell.tagName.toLowerCase()} (${cell.scrollWidth}px of text in ${cell.clientWidth}px)`);
      }
    }
    return out.slice(0, 5);
  });
}

async function checkLongDocument(page) {
  return page.evaluate(({ bodySel, screens, h }) => {
    const body = document.querySelector(bodySel);
    const height = body.getBoundingClientRect().height;
    const out = [];
    if (height <= screens * h) {
      return [`the longest document of the sample site is ${(height / h).toFixed(1)} phone screens long, not over ${screens}: no long document to check the table of contents and back-to-top link on (add one to content/)`];
    }
    const headings = [...body.querySelectorAll('h2, h3')];
    const tocLinks = [...document.querySelectorAll('a[href*="#"]')].filter((a) => {
      if (body.contains(a)) return false;
      const url = new URL(a.href);
      if (url.pathname !== location.pathname || !url.hash) return false;
      const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      return target && headings.includes(target);
    });
    const wanted = Math.min(headings.length, 3);
    if (headings.length === 0) out.push('the long document has no headings to make a table of contents from');
    else if (tocLinks.length < wanted) out.push(`no table of contents: ${tocLinks.length} links outside the body lead to its ${headings.length} headings`);
    const top = [...document.querySelectorAll('a[href*="#"]')].find((a) => {
      const url = new URL(a.href);
      if (url.pathname !== location.pathname) return false;
      if (url.hash === '' || url.hash === '#' || url.hash === '#top') return a.getAttribute('href').endsWith('#') || url.hash === '#top';
      const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      return target && target.getBoundingClientRect().top + window.scrollY < 300 && a.getBoundingClientRect().top + window.scrollY > h;
    });
    if (!top) out.push('no back-to-top link (a link below the first screen to #top, # or an element at the top)');
    else if (!top.getClientRects().length) out.push('the back-to-top link is hidden');
    return out;
  }, { bodySel: SEL.body, screens: LONG_SCREENS, h: PHONE.height });
}

// The font switch (大/中/小): changes the body's font size, by mouse and keyboard, and a reload
// keeps the choice. The print button calls window.print(), by keyboard too.
async function checkFontSwitchAndPrint(page, p) {
  const problems = [];
  const marks = await markControls(page);
  const required = Boolean(p.doc);
  const hasSwitch = marks.large && marks.medium && marks.small;
  if (!hasSwitch) {
    if (required) problems.push(`no 大/中/小 font-size switch (found: ${['large', 'medium', 'small'].filter((k) => marks[k]).map((k) => ({ large: '大', medium: '中', small: '小' })[k]).join(' ') || 'none'})`);
  } else {
    const base = await bodyFontSize(page);
    if (!(await tabTo(page, 'large'))) problems.push('the font switch\'s 大 cannot be reached with the Tab key');
    else {
      await page.keyboard.press('Enter');
      const large = await bodyFontSize(page);
      if (!(large > base)) problems.push(`大 (pressed with Enter) leaves the body at ${large}px (was ${base}px)`);
    }
    await page.click('[data-gk-test="small"]');
    const small = await bodyFontSize(page);
    if (!(small < base)) problems.push(`小 leaves the body at ${small}px (中 is ${base}px)`);
    await page.reload();
    const again = await bodyFontSize(page);
    if (again !== small) problems.push(`after a reload the body is ${again}px: the choice 小 (${small}px) was not remembered`);
    await markControls(page);
    await page.click('[data-gk-test="medium"]');
    const medium = await bodyFontSize(page);
    if (medium !== base) problems.push(`中 sets the body to ${medium}px, not back to ${base}px`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  const marks2 = await markControls(page);
  if (!marks2.print) {
    if (required) problems.push('no print button (a control whose text says 打印)');
  } else {
    await page.evaluate(() => { window.__gkPrinted = 0; window.print = () => { window.__gkPrinted++; }; });
    if (!(await tabTo(page, 'print'))) problems.push('the print button cannot be reached with the Tab key');
    else {
      await page.keyboard.press('Enter');
      const printed = await page.evaluate(() => window.__gkPrinted);
      if (printed !== 1) problems.push(`Enter on the print button called window.print() ${printed} times, not once`);
    }
  }
  return problems;
}

async function checkPrint(page, p) {
  const problems = [];
  if (!(await isShown(page, SEL.title))) problems.push('the title (h1) is not printed');
  if (p.doc) {
    problems.push(...await checkMetadataShown(page, 'in print'));
    if (!(await isShown(page, SEL.body))) problems.push('the body is not printed');
    if (!(await isShown(page, SEL.qrImage))) problems.push('the QR code is not printed');
  } else if (!(await isShown(page, 'main'))) problems.push('the main content is not printed');
  for (const sel of SEL.printHidden) {
    if (await isShown(page, sel)) problems.push(`${sel} is printed (navigation is hidden in print)`);
  }
  const marks = await markControls(page);
  for (const [key, tag] of Object.entries(marks)) {
    if (await isShown(page, `[data-gk-test="${key}"]`)) problems.push(`the ${key === 'print' ? 'print button' : 'font switch'} (${tag}) is printed`);
  }
  return problems;
}

// The body's own text: what the theme's script adds as a comfort (`.table-hint`, "可左右滑动"
// above a table that scrolls, shown only when the table is wider than its box) is not content.
function contentText(el) {
  const copy = el.cloneNode(true);
  for (const hint of copy.querySelectorAll('.table-hint')) hint.remove();
  document.body.append(copy);
  const text = copy.innerText.replace(/\s+/g, '');
  copy.remove();
  return text;
}

// Without JavaScript: the body's text all shows, and no control shows that needs a script.
async function checkWithoutScript(page, p, withScriptText) {
  const problems = [];
  if (!(await isShown(page, SEL.title))) problems.push('the title (h1) is hidden without JavaScript');
  if (p.doc) {
    const text = await page.$eval(SEL.body, contentText);
    if (text !== withScriptText) problems.push(`the body shows ${text.length} characters without JavaScript, ${withScriptText.length} with it`);
    problems.push(...await checkMetadataReachable(page, 'without JavaScript on the phone'));
  }
  const dead = await page.evaluate(() => [...document.querySelectorAll('button, [role="button"], a[href^="javascript:"], input[type="button"]')]
    .filter((el) => !el.closest('form') && el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 10)}"`));
  if (dead.length) problems.push(`controls that do nothing without JavaScript are shown: ${dead.slice(0, 5).join(', ')}`);
  return problems;
}

// ---------- the run ----------

async function main() {
  fs.mkdirSync(args.shots, { recursive: true });
  const browser = await chromium.launch({ executablePath: args.chromium, headless: true, args: CHROMIUM_FLAGS });
  const popups = [];
  try {
    const { pages, missing } = await findPages(browser);
    for (const m of missing) record('page kinds', 'sample site', '-', `the sample site has no ${m}`);
    console.log('browser: checking these pages:');
    for (const p of pages) console.log(`  ${p.kind.padEnd(26)} ${p.url}${p.longest ? '  (the longest document)' : ''}`);

    const phoneCtx = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const desktopCtx = await browser.newContext({ viewport: DESKTOP });
    const noScriptCtx = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false });
    for (const ctx of [phoneCtx, desktopCtx, noScriptCtx]) {
      // Generous: only a hang reaches these (ctest's TIMEOUT bounds the whole run).
      ctx.setDefaultTimeout(120000);
      ctx.setDefaultNavigationTimeout(120000);
      ctx.on('page', (pg) => {
        pg.on('dialog', (d) => { popups.push(`a dialog (${d.type()}): "${d.message()}" on ${pg.url()}`); d.dismiss().catch(() => {}); });
        pg.on('popup', (w) => popups.push(`a new window (${w.url()}) opened from ${pg.url()}`));
      });
    }
    const phone = await phoneCtx.newPage();
    const desktop = await desktopCtx.newPage();
    const noScript = await noScriptCtx.newPage();

    for (const p of pages) {
      const started = Date.now();
      const base = path.join(args.shots, p.id);
      // ----- phone
      await timed('loading pages', () => phone.goto(p.url));
      await timed('screenshots', () => phone.screenshot({ path: `${base}-phone.png`, fullPage: true }));
      await timed('screenshots', () => phone.screenshot({ path: `${base}-phone-first-screen.png` }));
      await check('no sideways scroll', p.kind, 'phone', () => checkNoSidewaysScroll(phone));
      await check('axe WCAG 2.1 A/AA', p.kind, 'phone', () => checkAxe(phone));
      await check('line height', p.kind, 'phone', () => checkLineHeight(phone));
      await check('no pop-ups', p.kind, 'phone', () => checkNoPopups(phone, PHONE));
      await check('QR hidden on the phone', p.kind, 'phone', () => checkQrPhone(phone));
      await check('text inside table cells', p.kind, 'phone', () => checkCellOverflow(phone));
      let bodyText = '';
      if (p.doc) {
        bodyText = await phone.$eval(SEL.body, contentText).catch(() => '');
        await check('first screen', p.kind, 'phone', () => checkFirstScreen(phone));
        await check('metadata one tap away', p.kind, 'phone', () => checkMetadataReachable(phone, 'on the phone'));
        if (bodyTables(p.doc.html).length) await check('tables', p.kind, 'phone', () => checkTables(phone));
      }
      if (p.longest) await check('TOC and back to top', p.kind, 'phone', () => checkLongDocument(phone));

      // ----- desktop
      await timed('loading pages', () => desktop.goto(p.url));
      await timed('screenshots', () => desktop.screenshot({ path: `${base}-desktop.png`, fullPage: true }));
      await check('no sideways scroll', p.kind, 'desktop', () => checkNoSidewaysScroll(desktop));
      await check('axe WCAG 2.1 A/AA', p.kind, 'desktop', () => checkAxe(desktop));
      await check('line height', p.kind, 'desktop', () => checkLineHeight(desktop));
      await check('no pop-ups', p.kind, 'desktop', () => checkNoPopups(desktop, DESKTOP));
      await check('text inside table cells', p.kind, 'desktop', () => checkCellOverflow(desktop));
      if (!p.notFound) await check('QR code reads the URL', p.kind, 'desktop', () => checkQrDesktop(desktop, p, args.shots));
      if (p.doc) await check('metadata shown', p.kind, 'desktop', () => checkMetadataShown(desktop, 'on the desktop'));
      await check('visible focus', p.kind, 'desktop', () => checkFocusVisible(desktop));
      await check('font switch and print button', p.kind, 'desktop', () => checkFontSwitchAndPrint(desktop, p));

      // ----- print (the desktop page at A4 width, print media), and a PDF to look at
      await desktop.setViewportSize(PRINT);
      await timed('loading pages', () => desktop.goto(p.url));
      await desktop.emulateMedia({ media: 'print' });
      await timed('screenshots', () => desktop.screenshot({ path: `${base}-print.png`, fullPage: true }));
      await check('print', p.kind, 'print', () => checkPrint(desktop, p));
      await timed('PDFs', () => desktop.pdf({ path: `${base}-print.pdf`, format: 'A4', printBackground: true }));
      await desktop.emulateMedia({ media: 'screen' });
      await desktop.setViewportSize(DESKTOP);

      // ----- no JavaScript, on the phone
      await timed('loading pages', () => noScript.goto(p.url));
      await check('without JavaScript', p.kind, 'phone, no JS', () => checkWithoutScript(noScript, p, bodyText));
      console.log(`browser: ${p.kind} checked (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
    record('no pop-ups', 'all pages', 'all', popups);
    await phoneCtx.close();
    await desktopCtx.close();
    await noScriptCtx.close();
  } finally {
    await browser.close();
  }

  console.log(`browser: time by step: ${[...seconds].sort((a, b) => b[1] - a[1]).map(([n, t]) => `${n} ${t.toFixed(1)} s`).join(', ')}`);
  console.log(`browser: screenshots and PDFs in ${path.resolve(args.shots)}`);
  if (failures.length) {
    console.log(`\nbrowser: ${failures.length} failure(s), ${passed} check(s) passed:`);
    for (const f of failures) console.log(`FAIL [${f.check}] ${f.kind} (${f.viewport}): ${f.message}`);
    process.exitCode = 1;
  } else {
    console.log(`browser: all ${passed} checks passed`);
  }
}

main().catch((err) => {
  console.error(`browser: ${err.stack || err}`);
  process.exit(1);
});
