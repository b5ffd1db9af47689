/**
 * An edition's EPUB content, taken from its built `/print/` page: the page
 * that already holds every chapter of the edition, rendered from the same
 * model and MDX as the chapter pages (same headings, ids and notes), with
 * the link controls left out and the site's navigation outside its
 * `.print-edition`. Pure functions over HTML, so they are tested without a
 * build; src/integrations/report-epubs.ts reads dist/ and zips what they
 * return (src/outputs/epub/package.ts).
 *
 * What changes on the way: each chapter becomes one XHTML file (reading
 * systems paginate by file), its title an h1 and its headings one level up
 * again (on /print/ they sit under the chapter's h2); links to places in the
 * book lead to `file.xhtml#id`, links to other pages of the site to its
 * address (SITE_URL, as the PDF's do); images become files in the book;
 * anything interactive (buttons, forms, scripts, print-only hints) goes.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler'; // cheerio's own node types (types only)

/** Where the print page comes from and where the site lives, for messages and links. */
export interface PrintPageSource {
  /** The print page's path, for error messages: `dist/zh/print/index.html`. */
  file: string;
  /** The site's base path, `/` or `/report/`. */
  basePath: string;
  /** The edition's path prefix, `''` or `zh/`. */
  prefix: string;
  /** The origin readers use (SITE_URL), for links to pages the book does not hold. */
  siteUrl: string;
}

/** An image the book holds: where the site serves it, and its name in the book. */
export interface BookImage {
  /** Its path on the site, base path left out: `zh/map/cambodia.svg`. */
  sitePath: string;
  /** Its path in the book, from the package document: `images/cambodia.svg`. */
  href: string;
  mediaType: string;
}

export interface BookChapter {
  slug: string;
  /** The XHTML file's name in the book: `sihanoukville.xhtml`. */
  href: string;
  title: string;
  /** Its sections (its h2s), for the table of contents. */
  sections: Array<{ id: string; title: string }>;
  /** The chapter as XHTML elements, ready for a document's body. */
  body: string;
  /** Whether it holds inline SVG (the package document says so, as EPUB requires). */
  svg: boolean;
}

export interface Book {
  /** The edition's language, from the page's `<html lang>`. */
  lang: string;
  dir: string;
  /** The report's title (the cover's h1). */
  title: string;
  /** The cover's XHTML elements: kicker, title, summary, whose text it is, the edition and its date. */
  cover: string;
  /** The heading of the contents, as the print page has it. */
  contentsHeading: string;
  chapters: BookChapter[];
  images: BookImage[];
  /** The report's summary (the cover's paragraph after the title), for `dc:description`. */
  summary: string;
}

/** The cover's file and the navigation document's, in the book. */
export const coverHref = 'cover.xhtml';
export const navHref = 'nav.xhtml';

/** Elements that do something only on the site (or hold its chrome): never in the book. */
const interactive = 'button, input, select, textarea, form, label, script, noscript, template, style, link, iframe, object, embed, video, audio, dialog, .print-hidden, [hidden]';

/** Attributes the site's pages use that mean nothing in a book, or that EPUB's XHTML does not allow. */
const droppedAttributes = new Set(['loading', 'decoding', 'fetchpriority', 'download', 'srcset', 'sizes', 'tabindex', 'data-switch-language']);

const imageTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

/** The media type of an image the book holds, by its extension; undefined for one EPUB cannot hold. */
export function imageMediaType(path: string): string | undefined {
  const extension = /\.[a-z0-9]+$/i.exec(path)?.[0]?.toLowerCase();
  return extension ? imageTypes[extension] : undefined;
}

/** Collapsed text of an element, as a table of contents shows it. */
function textOf($: cheerio.CheerioAPI, element: cheerio.Cheerio<AnyNode>): string {
  return $(element).text().replace(/\s+/g, ' ').trim();
}

/** `"`, `&`, `'`, `<`, `>`: written as references whatever the serializer chose. */
const markup = new Set([0x22, 0x26, 0x27, 0x3c, 0x3e]);

/**
 * Serialises elements as XHTML: well-formed XML, empty elements closed,
 * text in UTF-8. (cheerio's XML mode writes every character beyond ASCII as
 * a numeric reference, which would make a Chinese chapter three times the
 * size and unreadable as source; those references are written back as the
 * characters they stand for; the five XML specials and control characters
 * stay escaped.)
 */
export function toXhtml(nodes: AnyNode[]): string {
  const xml = cheerio.load(nodes, { xml: true }, false).xml();
  return xml.replace(/&#x([0-9a-f]+);/gi, (whole, hex: string) => {
    const code = parseInt(hex, 16);
    // Markup characters, control characters and what XML does not allow as a character stay references.
    if (markup.has(code) || (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) return whole;
    return String.fromCodePoint(code);
  });
}

/** Reads an edition's built print page into the parts of its book. Throws, naming the file, on what it cannot use. */
export function bookFromPrintPage(html: string, source: PrintPageSource): Book {
  const $ = cheerio.load(html);
  const fail = (what: string): never => {
    throw new Error(`${source.file}: ${what}; the EPUB is made from this page (src/outputs/epub/book.ts)`);
  };
  const edition = $('main .print-edition');
  if (edition.length !== 1) fail('no .print-edition inside <main>');
  const lang = $('html').attr('lang') ?? fail('<html> has no lang');
  const dir = $('html').attr('dir') ?? 'ltr';
  const printPath = `${source.basePath}${source.prefix}print/`;

  // What the site marks as for the screen only, and every control, goes first, so no link or id below is one of theirs.
  $('main').find(interactive).remove();

  const coverElement = edition.children('header[data-cover]');
  if (coverElement.length !== 1) fail('no cover (header[data-cover]) in .print-edition');
  const title = textOf($, coverElement.find('h1').first());
  if (!title) fail('the cover (header[data-cover]) has no h1 with the report\'s title');
  const summary = textOf($, coverElement.children('p:not([class])').first());
  const contentsHeading = textOf($, edition.find('nav.contents h2').first()) || fail('no contents heading (nav.contents h2)');

  const articles = edition.children('article.print-chapter').toArray();
  if (articles.length === 0) fail('no chapters (article.print-chapter) in .print-edition');

  // Which file of the book holds each id, so links can lead there.
  const chapterFile = new Map<string, string>();
  const fileOfId = new Map<string, string>();
  const slugs = articles.map((article) => {
    const id = $(article).attr('id') ?? fail('a chapter (article.print-chapter) has no id');
    const slug = id.replace(/^chapter-/, '');
    if (slug === id) fail(`the chapter id "${id}" does not start with "chapter-"`);
    const href = `${slug}.xhtml`;
    chapterFile.set(slug, href);
    $(article).find('[id]').addBack().each((_, element) => {
      fileOfId.set($(element).attr('id')!, href);
    });
    return slug;
  });
  coverElement.find('[id]').addBack('[id]').each((_, element) => {
    fileOfId.set($(element).attr('id')!, coverHref);
  });

  /** Where a link leads in the book, or on the site; undefined to leave the address as it is. */
  const inBook = (href: string, from: string): string | undefined => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined; // https:, mailto:, tel: …
    const url = new URL(href, `http://site.invalid${printPath}`);
    const fragment = decodeURIComponent(url.hash.slice(1));
    const local = (file: string, id: string) => (id && fileOfId.get(id) === file ? (file === from ? `#${id}` : `${file}#${id}`) : file);
    if (url.pathname === printPath && url.search === '') {
      const file = fileOfId.get(fragment);
      if (file) return local(file, fragment);
    }
    const chapter = new RegExp(`^${escapeRegExp(`${source.basePath}${source.prefix}chapters/`)}([^/]+)/$`).exec(url.pathname);
    if (chapter && url.search === '') {
      const file = chapterFile.get(chapter[1]!);
      // A place the chapter page has and the book does not (a key finding) is on the site.
      if (file && (!fragment || fileOfId.get(fragment) === file)) return local(file, fragment);
    }
    return new URL(`${url.pathname}${url.search}${url.hash}`, source.siteUrl).href;
  };

  const images = new Map<string, BookImage>();
  const usedNames = new Set<string>();
  /** Prepares a part of the page for the book: links, images, attributes. */
  const prepare = (root: cheerio.Cheerio<Element>, file: string) => {
    root.find('a[href]').each((_, element) => {
      const link = $(element);
      const target = inBook(link.attr('href')!, file);
      if (target !== undefined) link.attr('href', target);
    });
    root.find('img').each((_, element) => {
      const image = $(element);
      const src = image.attr('src') ?? fail('an <img> has no src');
      if (image.attr('alt') === undefined) fail(`the image ${src} has no alt attribute`);
      if (/^[a-z][a-z0-9+.-]*:/i.test(src)) fail(`the image ${src} is not a file of the site; an EPUB may hold no remote resources`);
      const url = new URL(src, `http://site.invalid${printPath}`);
      if (!url.pathname.startsWith(source.basePath)) fail(`the image ${src} is outside the site's base path ${source.basePath}`);
      const sitePath = decodeURIComponent(url.pathname.slice(source.basePath.length));
      const mediaType = imageMediaType(sitePath) ?? fail(`the image ${src} is of a type an EPUB cannot hold (SVG, PNG, JPEG, GIF or WebP)`);
      let entry = images.get(sitePath);
      if (!entry) {
        const base = sitePath.split('/').pop()!;
        const name = usedNames.has(base) ? sitePath.replaceAll('/', '-') : base;
        usedNames.add(name);
        entry = { sitePath, href: `images/${name}`, mediaType };
        images.set(sitePath, entry);
      }
      image.attr('src', entry.href);
    });
    // Inline SVG (a chart drawn into the page) keeps its namespace in XHTML; its resources are checked like images'.
    root.find('svg').not('svg svg').attr('xmlns', 'http://www.w3.org/2000/svg');
    root.find('svg image, svg use').each((_, element) => {
      for (const name of ['href', 'xlink:href']) {
        const value = $(element).attr(name);
        if (value !== undefined && !value.startsWith('#')) fail(`an SVG drawn into the page refers to ${value}; the EPUB can hold only what is drawn in the page`);
      }
    });
    root.find('*').addBack().each((_, element) => {
      if (!('attribs' in element)) return;
      for (const name of Object.keys(element.attribs)) {
        if (name.startsWith('data-') || droppedAttributes.has(name)) $(element).removeAttr(name);
      }
      const language = $(element).attr('lang');
      if (language !== undefined) $(element).attr('xml:lang', language);
    });
  };

  // The cover: the print page's title page, and a converted edition's notice of how it was made.
  prepare(coverElement, coverHref);
  const notice = $('main').children('.converted-notice');
  notice.each((_, element) => prepare($(element), coverHref));
  const cover = toXhtml([...coverElement.contents().toArray(), ...notice.toArray()]);

  const chapters = articles.map((article, index): BookChapter => {
    const slug = slugs[index]!;
    const href = chapterFile.get(slug)!;
    const chapter = $(article);
    const heading = chapter.children('h2.chapter-title');
    if (heading.length !== 1) fail(`the chapter ${slug} has no title (h2.chapter-title)`);
    const title = textOf($, heading);
    // Its headings one level up again: the chapter's title is the file's h1, its sections h2.
    chapter.find('h2, h3, h4, h5, h6').each((_, element) => {
      element.tagName = `h${Number(element.tagName.slice(1)) - 1}`;
    });
    prepare(chapter, href);
    const sections = chapter
      .find('h2[id]')
      .toArray()
      .map((element) => ({ id: $(element).attr('id')!, title: textOf($, $(element)) }));
    // A chapter is a section of the book, marked as one for reading systems and assistive technology.
    article.tagName = 'section';
    chapter.attr('epub:type', 'chapter').attr('role', 'doc-chapter');
    return { slug, href, title, sections, body: toXhtml([article]), svg: chapter.find('svg').length > 0 };
  });

  return { lang, dir, title, cover, contentsHeading, chapters, images: [...images.values()], summary };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
