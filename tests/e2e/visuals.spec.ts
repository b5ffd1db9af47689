import { test, expect } from '@playwright/test';
import { figures } from '../../content/figures';
import { timeline } from '../../content/timeline';
import { places, routes } from '../../content/map';
import { spoken } from '../../src/visuals/chart';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { editions } from '../support/editions';

test.describe('the map', () => {
  test('is drawn at build time: the served HTML and map file already hold the drawing and its labels', async ({ request }) => {
    const html = await (await request.get('map/')).text();
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 600 680"[^>]*role="img"/);
    expect((html.match(/<path d="M/g) ?? []).length).toBeGreaterThan(10);
    for (const name of ['China', 'Taiwan', 'Malaysia', 'Thailand', 'Laos', 'Vietnam', 'Cambodia']) {
      expect(html).toMatch(new RegExp(`<text[^>]*>${name}</text>`));
    }
    // The map of Cambodia is an image file of its own, in each edition's language.
    expect(html).toMatch(/<img src="[^"]*\/map\/cambodia\.svg"/);
    const english = await request.get('map/cambodia.svg');
    expect(english.headers()['content-type']).toContain('image/svg+xml');
    const svg = await english.text();
    expect((svg.match(/<path class="land/g) ?? []).length).toBeGreaterThan(3);
    for (const name of ['Sihanoukville', 'Phnom Penh', 'Thailand', 'Laos', 'Vietnam', 'Gulf of Thailand']) expect(svg).toMatch(new RegExp(`<text[^>]*>${name}</text>`));
    const chinese = await (await request.get('zh/map/cambodia.svg')).text();
    for (const name of ['西哈努克港', '金边', '泰国', '老挝', '越南', '泰国湾']) expect(chinese).toMatch(new RegExp(`<text[^>]*>${name}</text>`));
    // The only script is the site's shared one; nothing draws the map in the browser.
    expect((html.match(/<script/g) ?? []).length).toBe(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows both maps with accessible names, the places and routes as text', async ({ page }) => {
      await page.goto('map/');
      const region = page.getByRole('img', { name: 'Where trafficked people come from, according to the report' });
      const cambodia = page.getByRole('img', { name: /^Places in Cambodia named in the report\. A map of Cambodia\./ });
      await expect(region).toBeVisible();
      await expect(cambodia).toBeVisible();
      // The image has loaded: it has its drawn size.
      await expect.poll(() => cambodia.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(600);
      for (const place of places) {
        await expect(cambodia).toHaveAttribute('alt', new RegExp(place.name.en));
        await expect(page.getByRole('listitem').filter({ hasText: new RegExp(`^${place.name.en}\\.`) })).toBeVisible();
      }
      for (const route of routes) {
        await expect(page.getByRole('listitem').filter({ hasText: new RegExp(`^${route.label.en.replace(/[().]/g, '\\$&')}\\.`) })).toBeVisible();
      }
      await expect(page.getByRole('listitem').filter({ hasText: 'Borders with Thailand and Laos.' })).toBeVisible();
      // The report names no towns, crossings or landing points for the routes, and the caption says so.
      await expect(page.getByText('Each arrow joins a country to Cambodia as a whole')).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'a third country, which the report does not name' })).toBeVisible();
      const box = await cambodia.boundingBox();
      expect(box!.width).toBeGreaterThan(250);
    });
  });

  test('on a 360 px phone, map labels and route numbers are legible and nothing strikes through them', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('map/');
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const map of document.querySelectorAll('figure.map svg')) {
        const labels = [...map.querySelectorAll('text')].map((text) => ({ name: text.textContent ?? '', box: text.getBoundingClientRect() }));
        for (const { name, box } of labels) if (box.height < 13) found.push(`${name}: ${box.height.toFixed(1)} px tall`);
        const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => overlaps(a.box, b.box) && found.push(`${a.name} overlaps ${b.name}`)));
        // No route line may run through a country's name.
        for (const route of map.querySelectorAll<SVGPathElement>('.route path')) {
          const matrix = route.getScreenCTM()!;
          for (let at = 0; at <= route.getTotalLength(); at += 2) {
            const p = new DOMPoint(route.getPointAtLength(at).x, route.getPointAtLength(at).y).matrixTransform(matrix);
            for (const { name, box } of labels.filter(({ name }) => /\D/.test(name))) {
              if (p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom) found.push(`a route crosses ${name}`);
            }
          }
        }
      }
      return [...new Set(found)];
    });
    expect(problems).toEqual([]);
  });

  test('every link in the maps\' lists names its section and lands on it', async ({ page }) => {
    await page.goto('map/');
    const links = page.getByRole('main').locator('.legend a');
    for (const name of await links.allTextContents()) expect(name).toMatch(/^Chapter \d, “.+”$/);
    const hrefs = await links.evaluateAll((links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
    expect(hrefs.length).toBe(places.length + routes.length + 2);
    for (const href of hrefs) {
      await page.goto(href);
      await expect(page.locator(`[id="${new URL(href).hash.slice(1)}"]`)).toBeInViewport();
    }
  });

  for (const prefix of ['', 'zh/']) {
    test(`/${prefix}: the map of Cambodia's labels stay readable on a 320 px phone and do not overlap`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`${prefix}map/`);
      const shown = await page.locator('#cambodia-map img').evaluate((image) => image.getBoundingClientRect().width);
      // The drawing's own units, scaled to the size the phone shows it at.
      await page.goto(`${prefix}map/cambodia.svg`);
      const problems = await page.evaluate((scale) => {
        const found: string[] = [];
        const labels = [...document.querySelectorAll('text')].map((text) => ({ name: text.textContent ?? '', box: (text as SVGTextElement).getBBox() }));
        for (const { name, box } of labels) if (box.height * scale < 11) found.push(`${name}: ${(box.height * scale).toFixed(1)} px tall`);
        const overlaps = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => overlaps(a.box, b.box) && found.push(`${a.name} overlaps ${b.name}`)));
        return found;
      }, shown / 600);
      expect(problems).toEqual([]);
    });
  }

  test('the Chinese map page labels both maps in Chinese', async ({ page }) => {
    await page.goto('zh/map/');
    await expect(page.getByRole('img', { name: '据报告所述，被贩卖者来自哪里' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^报告提到的柬埔寨地点。/ })).toBeVisible();
    for (const label of ['中国', '台湾', '马来西亚', '泰国', '柬埔寨']) await expect(page.locator('#region-map text', { hasText: label })).toBeVisible();
    for (const route of routes) await expect(page.getByRole('listitem').filter({ hasText: new RegExp(`^${route.label['zh-hans'].replace(/[().（）]/g, '\\$&')}。`) })).toBeVisible();
  });
});

test.describe('the timeline', () => {
  test('lists the dated events in date order, each linking to its section', async ({ page }) => {
    await page.goto('timeline/');
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(timeline.length);
    const dates = await page.locator('main time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual(timeline.map((event) => event.date));
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]).toBe('2010');
    expect(dates.at(-1)).toBe('2021');
    for (const [index, event] of timeline.entries()) {
      await expect(items.nth(index)).toContainText(event.text.en);
    }
    for (const name of await items.getByRole('link').allTextContents()) expect(name).toMatch(/^Chapter \d, “.+”$/);
    const hrefs = await items.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      await page.goto(href);
      await expect(page.locator(`[id="${new URL(href).hash.slice(1)}"]`)).toBeInViewport();
    }
  });

  test('is embedded in the chapter on casinos and scam compounds', async ({ page }) => {
    await page.goto('chapters/casinos-to-scam-compounds/#timeline');
    await expect(page.getByRole('region', { name: 'Timeline' }).locator('time')).toHaveCount(timeline.length);
  });
});

test.describe('figures at a glance', () => {
  for (const figure of figures) {
    test(`“${figure.title.en}” shows the data file's numbers, and its section states them`, async ({ page }) => {
      await page.goto('figures/');
      const block = page.locator(`[id="${figure.id}"]`);
      await expect(block.locator('figcaption')).toHaveText(figure.title.en);
      for (const datum of figure.data) {
        // The number as text (table or stat), for readers who cannot see the chart.
        if (figure.kind === 'stats') {
          await expect(block.getByRole('definition').filter({ hasText: spoken(datum.display.en, datum.qualifier?.en) })).toBeVisible();
        } else {
          const item = block.getByRole('listitem').filter({ hasText: `${datum.label.en}:` });
          await expect(item).toHaveText(`${datum.label.en}: ${spoken(datum.display.en, datum.qualifier?.en)}`);
          // The bar is drawn in proportion to the number (on a scale from zero to the largest value).
          const max = Math.max(...figure.data.map((d) => d.upTo ?? d.value));
          const barWidth = Number(await item.locator('rect.bar').getAttribute('width'));
          expect(barWidth).toBeCloseTo(Math.max(2, (((datum.upTo ?? datum.value) - (datum.upTo === undefined ? 0 : datum.value)) / max) * 600), 0);
        }
      }
      await expect(block.locator('.source')).toContainText(figure.source.en);
      // The chapter the figure links to states the same numbers.
      const link = block.locator('.source a');
      await expect(link).toHaveText(/^Chapter \d, “/);
      await link.click();
      const chapterText = await page.getByRole('main').innerText();
      for (const datum of figure.data) expect(chapterText).toContain(datum.display.en);
    });
  }

  for (const edition of editions) {
    test(`${edition.code}: each figure's numbers download as a CSV file whose every row says where its number comes from`, async ({ page }) => {
      await page.goto(`${edition.prefix}figures/`);
      for (const figure of figures) {
        const block = page.locator(`[id="${figure.id}"]`);
        const before = edition.t['figureData.link'].split('{size}')[0]!;
        const link = block.getByRole('link', { name: new RegExp(`^${before.replace(/[()]/g, '\\$&')}`) });
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toBe(`${figure.id}.csv`);
        const bytes = await readFile((await download.path())!);
        // The size shown is the file's, to the tenth of a kilobyte.
        const shown = Number(/([\d.]+) KB/.exec((await link.textContent())!)![1]);
        expect(shown).toBeCloseTo(bytes.length / 1024, 1);
        const [header, ...rows] = parse(bytes.toString('utf8'), { bom: true }) as string[][];
        expect(header).toEqual(['what', 'qualifier', 'value', 'upTo', 'unit', 'asWritten', 'source'].map((key) => edition.t[`figureData.${key}` as keyof typeof edition.t]));
        expect(rows.map((row) => [Number(row[2]), row[3] === '' ? undefined : Number(row[3])])).toEqual(figure.data.map((datum) => [datum.value, datum.upTo]));
        // Each row carries the figure's statement of its source, as the page gives it, and the address of the section that gives the number.
        const statement = await block.locator('.source').innerText();
        const section = new URL((await block.locator('.source a').getAttribute('href'))!, page.url());
        for (const row of rows) {
          const address = new URL(row[6]!.slice(row[6]!.lastIndexOf(' ') + 1));
          expect(statement.startsWith(row[6]!.slice(0, row[6]!.lastIndexOf(' ')))).toBe(true);
          expect(address.pathname + address.hash).toBe(section.pathname + section.hash);
        }
      }
    });
  }

  test('the landing page shows the figures too', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('heading', { name: 'Figures at a glance' })).toBeVisible();
    for (const figure of figures) await expect(page.locator(`[id="${figure.id}"]`)).toBeVisible();
  });

  test('charts follow the dark theme', async ({ browser, baseURL }) => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto('figures/');
      colours.push(await page.locator('#figure-chinese-nationals rect').first().evaluate((bar) => getComputedStyle(bar).fill));
      await context.close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });
});
