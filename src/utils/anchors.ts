import * as cheerio from 'cheerio';

/** The words of the link controls, in the page's language (see src/i18n). */
export type AnchorWords = (key: 'anchors.linkFinding' | 'anchors.copyFinding' | 'anchors.copyLink' | 'anchors.linkParagraph' | 'anchors.linkSection' | 'anchors.copySection' | 'anchors.citeSection' | 'anchors.cite', values?: { title: string }) => string;

/**
 * Published anchors: for each page path, each id ever published and where it
 * points now. `true` means the id is still on the page; a string names the id
 * that replaced it, and the page keeps an alias anchor so old links still land.
 */
export type AnchorRegistry = Record<string, Record<string, true | string>>;

export interface PageAnchors {
  /** Site-relative path of the page, e.g. `chapters/sihanoukville/`. */
  page: string;
  /** The built file, for error messages. */
  file: string;
}

/** Lowercase words joined by hyphens, at most `words` of them, from some text. */
export function slugWords(text: string, words: number): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    // Ids stay ASCII so they read the same in every address bar.
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');
}

/** Every id on a page; throws naming the file and the id if one repeats. */
export function checkUniqueIds($: cheerio.CheerioAPI, file: string): Set<string> {
  const seen = new Set<string>();
  $('[id]').each((_, element) => {
    const id = $(element).attr('id')!;
    if (seen.has(id)) throw new Error(`${file}: the id "${id}" is used more than once on the page`);
    seen.add(id);
  });
  return seen;
}

/**
 * Adds what makes a chapter linkable: a link and a copy button after each
 * section heading, the same on each key finding, and an id and a link on each
 * paragraph. Controls are left out of the search index.
 */
export function decorateChapter($: cheerio.CheerioAPI, citeBase: string, t: AnchorWords): void {
  $('.findings li[id]').each((_, element) => {
    const finding = $(element);
    const id = finding.attr('id')!;
    finding.append(
      ` <a class="finding-link" href="#${id}" aria-label="${t('anchors.linkFinding')}">#</a>` +
        `<button type="button" class="copy-link" data-copy="#${id}" hidden aria-label="${t('anchors.copyFinding')}">${t('anchors.copyLink')}</button>`,
    );
  });
  const used = new Set<string>();
  $('.prose > p').each((_, element) => {
    const paragraph = $(element);
    let id = paragraph.attr('id');
    if (!id) {
      const base = `p-${slugWords(paragraph.text(), 5) || 'paragraph'}`;
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      paragraph.attr('id', id);
    }
    used.add(id);
    paragraph.append(
      `<a class="para-link" href="#${id}" aria-label="${t('anchors.linkParagraph')}" data-pagefind-ignore>¶</a>`,
    );
  });
  // After the ids, which come from a paragraph's own opening words.
  repeatSectionNotes($);
  decorateHeadings($, t, citeBase);
}

/**
 * A link to itself and a copy button after each section heading, and a Cite
 * link where the page has section citations (the chapters). About, Further
 * reading and Getting help get the same self-links: people link to "How to cite".
 */
export function decorateHeadings($: cheerio.CheerioAPI, t: AnchorWords, citeBase?: string): void {
  // The footnotes heading is generated and hidden; it is not a section.
  $('.prose h2[id]:not(#footnote-label), .prose h3[id]').each((_, element) => {
    const heading = $(element);
    const id = heading.attr('id')!;
    const text = escapeAttribute(heading.text().trim());
    heading.after(
      `<div class="section-tools" data-pagefind-ignore>` +
        `<a class="heading-link" href="#${id}" aria-label="${t('anchors.linkSection', { title: text })}">#</a>` +
        `<button type="button" class="copy-link" data-copy="#${id}" hidden aria-label="${t('anchors.copySection', { title: text })}">${t('anchors.copyLink')}</button>` +
        (citeBase ? `<a class="cite-link" href="${citeBase}${id}/" aria-label="${t('anchors.citeSection', { title: text })}">${t('anchors.cite')}</a>` : '') +
        `</div>`,
    );
  });
}

/**
 * A paragraph link into a section that opens with a content note would land
 * below the note, straight onto the text. Each paragraph of such a section
 * carries a copy of the note, shown only when the paragraph is the link's
 * target (anchors.css), so the note still comes first on the reader's screen.
 */
function repeatSectionNotes($: cheerio.CheerioAPI): void {
  let note: string | undefined;
  $('.prose > *').each((_, element) => {
    const child = $(element);
    if (child.is('h2, h3')) note = undefined;
    else if (child.is('.content-note')) note = child.find('p').html() ?? undefined;
    else if (note && child.is('p')) {
      child.prepend(`<span class="target-note" data-pagefind-ignore>${note}</span>`);
    }
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Checks a page against the registry and adds alias anchors for renamed ids.
 * Throws, naming the registry, the page and the id, when a published anchor
 * has gone without a named replacement, or points to an id that is not there.
 */
export function applyRegistry(
  $: cheerio.CheerioAPI,
  ids: Set<string>,
  entries: Record<string, true | string>,
  page: PageAnchors,
  registryFile: string,
): void {
  for (const [id, target] of Object.entries(entries)) {
    if (target === true) {
      if (!ids.has(id)) {
        throw new Error(
          `${registryFile}: ${page.page}#${id} is published but no longer on the page (${page.file}); ` +
            `restore the id, or name its new place: "${id}": "new-id"`,
        );
      }
      continue;
    }
    if (ids.has(id)) {
      throw new Error(`${registryFile}: ${page.page}#${id} is marked as moved to "${target}", but the id is still on the page`);
    }
    if (!ids.has(target)) {
      throw new Error(`${registryFile}: ${page.page}#${id} points to "${target}", which is not on the page (${page.file})`);
    }
    $(`[id="${target}"]`).before(`<span id="${id}" class="anchor-alias"></span>`);
    ids.add(id);
  }
}

/**
 * The anchors published on a page: section headings, findings, paragraphs
 * (their ids come from their opening words, so rewording an opening needs an
 * alias in the registry) and glossary terms.
 */
export function publishableIds($: cheerio.CheerioAPI): string[] {
  // The print edition repeats the chapters' ids; the chapters are where they are published.
  if ($('.print-edition').length > 0) return [];
  return $('.prose h2[id], .prose h3[id], .findings li[id], .prose > p[id], .glossary [id]')
    .map((_, element) => $(element).attr('id')!)
    .get()
    .filter((id) => id !== 'footnote-label');
}
