/**
 * No reader meets a description of violence before a content note: not on
 * arrival from a link to any section, finding or paragraph of the chapter on
 * the compounds, with or without JavaScript, on a phone or a desktop; not on
 * the home page or the findings page; and not in a share preview.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readChapters } from '../support/content';
import type { AnchorRegistry } from '../../src/report/anchors';

const chapter = readChapters().find((entry) => entry.contentNote)!;
const registry = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as AnchorRegistry;
const anchors = Object.keys(registry[`chapters/${chapter.slug}/`]!);
/** Words that describe violence in the report. The notes themselves may name it; the text may not come first. */
const violence = String.raw`\b(beat(en|ings?)|electric shocks?|sexual(ly)? assault(ed)?|rape|physical attack)\b`;

/** Violent words on screen with no content note above them, also on screen. */
async function violenceBeforeNote(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const noteSelector = '.content-note, .target-note, .finding-note';
    const onScreen = (rect: DOMRect) => rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
    const notes = [...document.querySelectorAll(noteSelector)].map((note) => note.getBoundingClientRect()).filter(onScreen);
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest(noteSelector)) continue;
      for (const match of node.textContent!.matchAll(new RegExp(pattern, 'gi'))) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const word = [...range.getClientRects()].find(onScreen);
        if (word && !notes.some((note) => note.bottom <= word.top + 1)) problems.push(`“${match[0]}” at ${Math.round(word.top)} px`);
      }
    }
    return problems;
  }, violence);
}

for (const javaScriptEnabled of [true, false]) {
  for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 800 }]) {
    test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript, ${viewport.width} px wide`, () => {
      test.use({ javaScriptEnabled, viewport });

      test(`every link into “${chapter.title}” lands with the content note on screen before any violence`, async ({ page }) => {
        // Phones follow every published anchor; desktops, which show more of a page at once, every section.
        const targets = viewport.width < 600 ? anchors : chapter.headings.map((heading) => heading.id);
        for (const id of targets) {
          await page.goto('about:blank');
          await page.goto(`chapters/${chapter.slug}/#${id}`);
          await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
          expect(await violenceBeforeNote(page), `#${id}`).toEqual([]);
        }
      });
    });
  }
}

for (const [where, path] of [['the home page', ''], ['the findings page', 'findings/']] as const) {
  test(`on ${where}, a finding that describes violence comes after its content note`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(path);
    const finding = page.getByRole('listitem').filter({ hasText: /beaten/ });
    await expect(finding).toHaveCount(1);
    await expect(finding.getByText('Content note: reported violence.')).toBeVisible();
    // A reader scrolling down meets the item's top first: the note is there.
    await finding.evaluate((item) => item.scrollIntoView({ block: 'start' }));
    expect(await violenceBeforeNote(page)).toEqual([]);
  });
}

test(`share previews of “${chapter.title}” sections carry no violent words`, async ({ request }) => {
  for (const { id } of chapter.headings) {
    const html = await (await request.get(`s/${chapter.slug}/${id}/`)).text();
    const descriptions = [...html.matchAll(/<meta (?:property|name)="(?:og:description|twitter:description|description)" content="([^"]*)"/g)].map((m) => m[1]!);
    expect(descriptions.length, id).toBeGreaterThanOrEqual(2);
    for (const description of descriptions) expect(description, id).not.toMatch(new RegExp(violence, 'i'));
  }
});
