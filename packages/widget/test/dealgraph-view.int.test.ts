// <dealgraph-view> in headless Chromium against the real gateway on a real Neo4j,
// seeded with this file's own Nokia–Withings story. Screenshots go to test-artifacts/widget/.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, startHarness, type Harness } from './start-harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

interface ViewNode { id: string; type: string; label: string; kind?: string | null; year?: number | null }

/** Waits until the widget (nth on the page) reaches `state`. */
async function waitForState(page: Page, state: string, nth = 0): Promise<void> {
  await page.waitForFunction(
    ([n, s]) => (document.querySelectorAll('dealgraph-view')[n as number] as HTMLElement & { state?: string } | undefined)?.state === s,
    [nth, state] as const,
    { timeout: 20_000 },
  );
}

async function nodesOf(page: Page, nth = 0): Promise<ViewNode[]> {
  return page.evaluate((n) => (document.querySelectorAll('dealgraph-view')[n] as unknown as { graph: { nodes: ViewNode[] } }).graph.nodes, nth);
}

/** Where a node is drawn on the canvas, in page coordinates. */
async function pointOf(page: Page, id: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([n, nodeId]) => {
      const view = document.querySelectorAll('dealgraph-view')[n as number] as HTMLElement & { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } };
      const box = view.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect();
      const at = view.cy.getElementById(nodeId as string).renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y };
    },
    [nth, id] as const,
  );
}

function option(view: Locator, name: RegExp): Locator {
  return view.getByRole('option', { name });
}

async function shot(page: Page, name: string, target?: Locator): Promise<void> {
  await page.waitForTimeout(450); // let animations finish, so the artefact shows the settled view
  if (target) await target.screenshot({ path: `${ARTIFACTS}${name}.png` });
  else await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

const find = (nodes: ViewNode[], label: string) => nodes.find((n) => n.label === label);
const deal = (nodes: ViewNode[], kind: string, year: number) => nodes.find((n) => n.type === 'DEAL' && n.kind === kind && n.year === year);

describe('the demo page', () => {
  let page: Page;

  beforeAll(async () => {
    page = await harness.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${harness.origin}/`);
    await waitForState(page, 'ready');
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  it("renders Nokia's neighbourhood from the same origin's gateway, and offers the snippet", async () => {
    const nodes = await nodesOf(page);
    expect(find(nodes, 'Nokia')).toBeDefined();
    expect(find(nodes, 'Withings')).toBeDefined();
    expect(find(nodes, 'Alcatel-Lucent')).toBeDefined();
    expect(deal(nodes, 'ACQUISITION', 2016)).toBeDefined();
    const view = page.locator('dealgraph-view');
    await expect(option(view, /^Nokia, company/).count()).resolves.toBe(1);
    await expect(option(view, /^Acquisition \(2016, completed, €170 M\): Nokia → Withings/).count()).resolves.toBe(1);
    const drawn = await page.evaluate(() => (document.querySelector('dealgraph-view') as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length);
    expect(drawn).toBe(nodes.length);
    await expect(page.locator('#snippet').textContent()).resolves.toContain(`<dealgraph-view endpoint="${harness.origin}/graphql" entity="Nokia"`);
    await shot(page, 'demo');
  });

  it('shows a card with the deal facts, the evidence sentence and a link to the source article on hover', async () => {
    const acquisition = deal(await nodesOf(page), 'ACQUISITION', 2016)!;
    const at = await pointOf(page, acquisition.id);
    await page.mouse.move(at.x, at.y);
    const card = page.locator('dealgraph-view').locator('.card');
    await card.getByText('Nokia has agreed to acquire the French digital health company Withings for €170 million.').waitFor({ timeout: 10_000 });
    await expect(card.locator('h3').textContent()).resolves.toBe('Nokia → Withings');
    const link = card.getByRole('link', { name: 'Nokia to buy Withings for €170 million' });
    await expect(link.getAttribute('href')).resolves.toBe(`https://news.example/${harness.tag}/1`);
    await expect(link.getAttribute('rel')).resolves.toContain('noopener');
    await shot(page, 'card');
    await page.mouse.move(5, 5);
  });

  it('hides the 2016 deals when the year range starts at 2017, in the canvas and in the list', async () => {
    const view = page.locator('dealgraph-view');
    const from = view.getByRole('slider', { name: 'From year' });
    await from.focus();
    const min = Number(await from.getAttribute('min'));
    for (let year = min; year < 2017; year++) await page.keyboard.press('ArrowRight');
    await expect(from.inputValue()).resolves.toBe('2017');
    const nodes = await nodesOf(page);
    const ids = [deal(nodes, 'ACQUISITION', 2016)!.id, deal(nodes, 'ACQUISITION', 2018)!.id];
    const visibleNow = () => page.evaluate((dealIds) => dealIds.map((id) => (document.querySelector('dealgraph-view') as unknown as { cy: { getElementById(id: string): { visible(): boolean } } }).cy.getElementById(id).visible()), ids);
    // The canvas restyles after the input event; on a loaded machine that may take a frame or two, so read it again
    // for up to 10 s before the assertion decides.
    let hidden = await visibleNow();
    for (let tries = 0; tries < 40 && hidden.join() !== 'false,true'; tries += 1) {
      await page.waitForTimeout(250);
      hidden = await visibleNow();
    }
    expect(hidden).toEqual([false, true]);
    await expect(option(view, /^Acquisition \(2016/).isHidden()).resolves.toBe(true);
    await expect(option(view, /^Acquisition \(2018/).isVisible()).resolves.toBe(true);
    await expect(view.locator('.note').textContent()).resolves.toMatch(/hidden by filters/);
    await shot(page, 'year-filter');
    for (let year = 2017; year > min; year--) await page.keyboard.press('ArrowLeft');
    await expect(option(view, /^Acquisition \(2016/).isVisible()).resolves.toBe(true);
  });

  it('reloads when an attribute changes at run time, and a click on Withings expands it', async () => {
    await page.evaluate(() => document.querySelector('dealgraph-view')!.setAttribute('depth', '1'));
    await page.waitForFunction(() => !(document.querySelector('dealgraph-view') as unknown as { graph: { nodes: ViewNode[] } }).graph.nodes.some((n) => n.label === 'Heartwise Labs'), null, { timeout: 20_000 });
    await waitForState(page, 'ready');
    const withings = find(await nodesOf(page), 'Withings')!;
    const expanded = page.evaluate(() => new Promise((resolve) => document.querySelector('dealgraph-view')!.addEventListener('dealgraph-expand', (e) => resolve((e as CustomEvent).detail), { once: true })));
    const at = await pointOf(page, withings.id);
    await page.mouse.click(at.x, at.y);
    await expect(expanded).resolves.toMatchObject({ id: withings.id });
    const nodes = await nodesOf(page);
    expect(find(nodes, 'Heartwise Labs')).toBeDefined();
    expect(deal(nodes, 'STAKE', 2020)).toBeDefined();
    const view = page.locator('dealgraph-view');
    await expect(option(view, /^Withings, company, expanded/).count()).resolves.toBe(1);
    await expect(option(view, /^Heartwise Labs, company/).count()).resolves.toBe(1);
    await shot(page, 'expanded-withings');
  });
});

describe('keyboard and screen reader', () => {
  it('moves through the node list with the arrow keys and expands with Enter', async () => {
    const page = await harness.openPage(`<button id="before">before</button><dealgraph-view endpoint="/graphql" entity="Nokia"></dealgraph-view>`);
    await waitForState(page, 'ready');
    const view = page.locator('dealgraph-view');
    await page.focus('#before');
    // Tab goes through the toolbar and filters to the list; the list is one tab stop.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const role = await page.evaluate(() => document.querySelector('dealgraph-view')!.shadowRoot!.activeElement?.getAttribute('role'));
      if (role === 'option') break;
    }
    await expect(page.evaluate(() => document.querySelector('dealgraph-view')!.shadowRoot!.activeElement?.getAttribute('aria-label'))).resolves.toMatch(/^Nokia, company/);
    let label = '';
    for (let i = 0; i < 20 && !label.startsWith('Withings'); i++) {
      await page.keyboard.press('ArrowDown');
      label = (await page.evaluate(() => document.querySelector('dealgraph-view')!.shadowRoot!.activeElement?.getAttribute('aria-label'))) ?? '';
    }
    expect(label).toMatch(/^Withings, company/);
    await expect(option(view, /^Withings, company/).getAttribute('aria-selected')).resolves.toBe('true');
    const expanded = page.evaluate(() => new Promise((resolve) => document.querySelector('dealgraph-view')!.addEventListener('dealgraph-expand', (e) => resolve((e as CustomEvent).detail), { once: true })));
    await page.keyboard.press('Enter');
    await expanded;
    await expect(option(view, /^Heartwise Labs, company/).count()).resolves.toBe(1);
    await page.keyboard.press(' ');
    await view.locator('.card h3').getByText('Withings').waitFor();
    await expect(view.locator('[data-announcer]').textContent()).resolves.toMatch(/Withings expanded: \d+ new nodes?\./);
    await shot(page, 'keyboard');
    await page.close();
  });
});

describe('search, export and theming', () => {
  it('jumps to an entity from the search box: one on screen is selected, another becomes the centre', async () => {
    const page = await harness.openPage(`<dealgraph-view endpoint="/graphql" entity="Nokia"></dealgraph-view>`);
    await waitForState(page, 'ready');
    const view = page.locator('dealgraph-view');
    const search = view.getByRole('combobox', { name: 'Jump to a company or person' });
    await search.fill('Withings');
    await view.locator('.suggestions').getByRole('option', { name: 'Withings' }).waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect(option(view, /^Withings, company/).getAttribute('aria-selected')).resolves.toBe('true');
    await search.fill('Heartwise');
    await view.locator('.suggestions').getByRole('option', { name: 'Heartwise Labs' }).waitFor();
    await search.press('Enter');
    await page.waitForFunction(() => document.querySelector('dealgraph-view')!.getAttribute('entity') !== 'Nokia');
    await waitForState(page, 'ready');
    expect(find(await nodesOf(page), 'Heartwise Labs')).toBeDefined();
    expect(find(await nodesOf(page), 'Alcatel-Lucent')).toBeUndefined();
    await page.close();
  });

  it('exports the view as a PNG file', async () => {
    const page = await harness.openPage(`<dealgraph-view endpoint="/graphql" entity="Nokia"></dealgraph-view>`);
    await waitForState(page, 'ready');
    const download = page.waitForEvent('download');
    await page.locator('dealgraph-view').getByRole('button', { name: 'Export the view as PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('dealgraph-nokia.png');
    const path = `${ARTIFACTS}export.png`;
    await file.saveAs(path);
    const bytes = await readFile(path);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    await page.close();
  });

  it('takes its colours from --dealgraph-* custom properties set anywhere above it', async () => {
    const page = await harness.openPage(
      `<div style="--dealgraph-bg: rgb(250, 240, 230); --dealgraph-accent: rgb(200, 0, 80)"><dealgraph-view endpoint="/graphql" entity="Nokia"></dealgraph-view></div>`,
    );
    await waitForState(page, 'ready');
    const colours = await page.evaluate(() => {
      const root = document.querySelector('dealgraph-view')!.shadowRoot!;
      return { bg: getComputedStyle(root.querySelector('.root')!).backgroundColor, accent: getComputedStyle(root.querySelector('.brand span')!).color };
    });
    expect(colours.bg).toBe('rgb(250, 240, 230)');
    expect(colours.accent).toBe('rgb(200, 0, 80)');
    await shot(page, 'custom-colours', page.locator('dealgraph-view'));
    await page.close();
  });
});

describe('several widgets and a hostile page', () => {
  it('keeps two widgets on one page apart: own data, own filters, own theme', async () => {
    const page = await harness.openPage(
      `<div style="display:grid;grid-template-columns:1fr 1fr;gap:12px;padding:12px">
        <dealgraph-view endpoint="/graphql" entity="Nokia"></dealgraph-view>
        <dealgraph-view endpoint="/graphql" entity="Heartwise Labs" theme="dark"></dealgraph-view>
      </div>`,
      { width: 1400, height: 700 },
    );
    await waitForState(page, 'ready', 0);
    await waitForState(page, 'ready', 1);
    const [first, second] = [page.locator('dealgraph-view').nth(0), page.locator('dealgraph-view').nth(1)];
    expect(find(await nodesOf(page, 1), 'Heartwise Labs')).toBeDefined();
    expect(find(await nodesOf(page, 1), 'Alcatel-Lucent')).toBeUndefined();
    const before = (await nodesOf(page, 1)).length;
    await first.getByText('Merger', { exact: true }).click();
    await expect(option(first, /^Merger \(2015/).isHidden()).resolves.toBe(true);
    await expect(second.locator('.kinds input[value="MERGER"]').isChecked()).resolves.toBe(true);
    // Expanding in the first widget leaves the second as it was.
    const withings = find(await nodesOf(page, 0), 'Withings')!;
    await page.evaluate((id) => (document.querySelector('dealgraph-view') as unknown as { expand(id: string): Promise<void> }).expand(id), withings.id);
    expect((await nodesOf(page, 1)).length).toBe(before);
    const backgrounds = await page.evaluate(() => [...document.querySelectorAll('dealgraph-view')].map((v) => getComputedStyle(v.shadowRoot!.querySelector('.root')!).backgroundColor));
    expect(backgrounds[0]).toBe('rgb(255, 255, 255)');
    expect(backgrounds[1]).toBe('rgb(16, 20, 28)');
    await shot(page, 'two-widgets');
    await page.close();
  });

  it("is not changed by the host page's CSS, and leaks no globals", async () => {
    const hostile = `<style>
      * { font-family: "Comic Sans MS", cursive !important; letter-spacing: 3px; }
      body { color: red; font-size: 30px; line-height: 3; text-transform: uppercase; background: #ffe; }
      button, input, ul, li, div, h2, span, svg { background: hotpink !important; border: 4px solid lime !important; padding: 20px !important; display: inline !important; }
      .root, .toolbar, .card, .nodes { display: none !important; }
    </style>`;
    const probe = async (page: Page) =>
      page.evaluate(() => {
        const root = document.querySelector('dealgraph-view')!.shadowRoot!;
        return ['.root', '.toolbar', '.search input', '.tool', '.nodes li', '.chip', '.legend'].map((selector) => {
          const element = root.querySelector(selector)!;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return { selector, font: style.fontFamily, color: style.color, background: style.backgroundColor, display: style.display, letterSpacing: style.letterSpacing, textTransform: style.textTransform, width: Math.round(box.width), height: Math.round(box.height) };
        });
      });
    const html = `<dealgraph-view endpoint="/graphql" entity="Nokia" style="width:900px"></dealgraph-view>`;
    const plain = await harness.openPage(html, { width: 1000 });
    const globalsBefore = await plain.evaluate(() => Object.keys(window).length);
    await waitForState(plain, 'ready');
    const styled = await harness.openPage(html, { width: 1000, head: hostile });
    await waitForState(styled, 'ready');
    expect(await probe(styled)).toEqual(await probe(plain));
    // The only trace of the widget outside its element is the custom element definition.
    const blank = await harness.openPage(html, { width: 1000, withoutWidget: true });
    const blankKeys = await blank.evaluate(() => Object.keys(window));
    const pageKeys = await plain.evaluate(() => Object.keys(window));
    expect(pageKeys.filter((key) => !blankKeys.includes(key))).toEqual([]);
    expect(globalsBefore).toBe(pageKeys.length);
    await expect(plain.evaluate(() => document.head.querySelectorAll('style, link').length)).resolves.toBe(0);
    await shot(styled, 'hostile-css', styled.locator('dealgraph-view'));
    await Promise.all([plain.close(), styled.close(), blank.close()]);
  });
});

describe('states that say what happened', () => {
  it('says the gateway cannot be reached when it is down, and offers to retry', async () => {
    const page = await harness.openPage(`<dealgraph-view endpoint="${harness.deadEndpoint}" entity="Nokia"></dealgraph-view>`);
    await waitForState(page, 'error');
    const status = page.locator('dealgraph-view').getByRole('status');
    await expect(status.textContent()).resolves.toContain('The gateway cannot be reached');
    await expect(status.textContent()).resolves.toContain(harness.deadEndpoint);
    await expect(status.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);
    await shot(page, 'gateway-down');
    await page.close();
  });

  it('says an unknown entity is unknown', async () => {
    const page = await harness.openPage(`<dealgraph-view endpoint="/graphql" entity="Qzxvbnm Wholly Unheard-of"></dealgraph-view>`);
    await waitForState(page, 'empty');
    const status = page.locator('dealgraph-view').getByRole('status');
    await expect(status.textContent()).resolves.toContain('Unknown entity');
    await expect(status.textContent()).resolves.toContain('“Qzxvbnm Wholly Unheard-of”');
    await shot(page, 'unknown-entity');
    await page.close();
  });

  it('shows a loading state, then the graph, in dark theme at 320 px', async () => {
    const page = await harness.openPage(`<dealgraph-view endpoint="/graphql" entity="Withings" style="margin:0"></dealgraph-view>`, { width: 320, height: 700, colorScheme: 'dark' });
    await waitForState(page, 'ready');
    const width = await page.evaluate(() => document.querySelector('dealgraph-view')!.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    await shot(page, 'phone-dark');
    await page.close();
  });
});
