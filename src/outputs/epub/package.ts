/**
 * The files of an EPUB 3 package around a book read from the print page
 * (src/outputs/epub/book.ts): the container file, the package document
 * (metadata, manifest, spine), the navigation document, one XHTML document
 * per chapter and the cover's, a small stylesheet, and the zip that holds
 * them with `mimetype` first and stored. Checked with EPUBCheck 5
 * (tests/dist/epub.test.ts).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { coverHref, navHref, type Book } from './book';
import { escapeXml } from '../../text/xml';

/** What the package document says about the book beyond its text. */
export interface BookMetadata {
  /** `urn:uuid:…`, constant per edition (src/outputs/epub/identifiers.ts). */
  identifier: string;
  /** Who made this text: the web edition (its publisher, or the site's name), never the original's author. */
  creator: string;
  /** The web edition's publisher, when the deployer names one (SITE_PUBLISHER). */
  publisher?: string | undefined;
  /** The address of the original report this text restates. */
  source: string;
  /** When the web edition first appeared, YYYY-MM-DD. */
  published: string;
  /** When this file was made. */
  modified: Date;
  /** A short sentence on what makes the book accessible, in the edition's language. */
  accessibilitySummary: string;
  /** Labels of the navigation document's landmarks, in the edition's language. */
  landmarks: { heading: string; cover: string; start: string };
  /** A cover image (the edition's link-preview picture), if there is one. */
  coverImage?: { href: string; mediaType: string; bytes: Uint8Array } | undefined;
}

/** The book's folder inside the zip; every path in the package document is relative to it. */
const root = 'EPUB';

/** `dcterms:modified` as EPUB requires it: UTC, to the second, `2026-12-06T19:25:43Z`. */
export function modifiedDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The stylesheet every document of the book uses: plain reading styles; the reading system's fonts. */
export const stylesheet = `/* The EPUB's styles: the reading system chooses the fonts. */
body { line-height: 1.6; }
:lang(zh), :lang(zh-Hans), :lang(zh-Hant) { line-height: 1.8; }
h1, h2, h3, h4 { line-height: 1.3; page-break-after: avoid; break-after: avoid; }
.kicker, .meta, .description { color: #555; }
.kicker, .meta { font-size: 0.9em; }
.title-page { text-align: center; margin-top: 15%; }
.title-page h1 { font-size: 1.8em; }
.title-page .whose, .converted-notice { font-size: 0.95em; text-align: left; }
.content-note { border-left: 3px solid #a85d1a; padding-left: 0.8em; margin: 1em 0; }
figure { margin: 1.5em 0; page-break-inside: avoid; break-inside: avoid; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 0.9em; }
.timeline ol { list-style: none; padding-left: 0; }
.timeline time { font-weight: bold; display: block; }
a { color: inherit; }
nav ol { list-style: none; padding-left: 1em; }
`;

/** An XHTML content document of the book. */
export function xhtmlDocument(options: { lang: string; dir: string; title: string; body: string; bodyType?: string }): string {
  const lang = escapeXml(options.lang);
  const bodyType = options.bodyType ? ` epub:type="${escapeXml(options.bodyType)}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}" dir="${escapeXml(options.dir)}">
<head>
<meta charset="utf-8"/>
<title>${escapeXml(options.title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body${bodyType}>
${options.body}
</body>
</html>
`;
}

/** The navigation document: the contents by chapter and section, and the landmarks. */
export function navDocument(book: Book, metadata: BookMetadata): string {
  const contents = book.chapters
    .map((chapter) => {
      const sections = chapter.sections.map((section) => `<li><a href="${escapeXml(chapter.href)}#${escapeXml(section.id)}">${escapeXml(section.title)}</a></li>`).join('\n');
      return `<li><a href="${escapeXml(chapter.href)}">${escapeXml(chapter.title)}</a>${sections ? `\n<ol>\n${sections}\n</ol>\n` : ''}</li>`;
    })
    .join('\n');
  const body = `<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-heading">
<h1 id="toc-heading">${escapeXml(book.contentsHeading)}</h1>
<ol>
${contents}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-heading" hidden="hidden">
<h2 id="landmarks-heading">${escapeXml(metadata.landmarks.heading)}</h2>
<ol>
<li><a epub:type="cover" href="${coverHref}">${escapeXml(metadata.landmarks.cover)}</a></li>
<li><a epub:type="toc" href="${navHref}#toc">${escapeXml(book.contentsHeading)}</a></li>
<li><a epub:type="bodymatter" href="${escapeXml(book.chapters[0]!.href)}">${escapeXml(metadata.landmarks.start)}</a></li>
</ol>
</nav>`;
  return xhtmlDocument({ lang: book.lang, dir: book.dir, title: book.contentsHeading, body });
}

/** The package document: metadata, every file of the book, and the reading order. */
export function packageDocument(book: Book, metadata: BookMetadata): string {
  const meta = (property: string, value: string) => `<meta property="${property}">${escapeXml(value)}</meta>`;
  const metadataLines = [
    `<dc:identifier id="pub-id">${escapeXml(metadata.identifier)}</dc:identifier>`,
    `<dc:title id="title">${escapeXml(book.title)}</dc:title>`,
    `<dc:language>${escapeXml(book.lang)}</dc:language>`,
    `<dc:creator id="creator">${escapeXml(metadata.creator)}</dc:creator>`,
    ...(metadata.publisher ? [`<dc:publisher>${escapeXml(metadata.publisher)}</dc:publisher>`] : []),
    `<dc:source>${escapeXml(metadata.source)}</dc:source>`,
    `<dc:date>${escapeXml(metadata.published)}</dc:date>`,
    ...(book.summary ? [`<dc:description>${escapeXml(book.summary)}</dc:description>`] : []),
    meta('dcterms:modified', modifiedDate(metadata.modified)),
    // EPUB Accessibility 1.1: how the content can be read, and what helps.
    meta('schema:accessMode', 'textual'),
    ...(book.images.length > 0 ? [meta('schema:accessMode', 'visual')] : []),
    meta('schema:accessModeSufficient', 'textual'),
    meta('schema:accessibilityFeature', 'structuralNavigation'),
    meta('schema:accessibilityFeature', 'tableOfContents'),
    meta('schema:accessibilityFeature', 'readingOrder'),
    ...(book.images.length > 0 ? [meta('schema:accessibilityFeature', 'alternativeText')] : []),
    meta('schema:accessibilityHazard', 'none'),
    meta('schema:accessibilitySummary', metadata.accessibilitySummary),
    ...(metadata.coverImage ? ['<meta name="cover" content="cover-image"/>'] : []),
  ];
  const item = (id: string, href: string, mediaType: string, properties?: string) =>
    `<item id="${escapeXml(id)}" href="${escapeXml(href)}" media-type="${mediaType}"${properties ? ` properties="${properties}"` : ''}/>`;
  const manifest = [
    item('nav', navHref, 'application/xhtml+xml', 'nav'),
    item('cover', coverHref, 'application/xhtml+xml'),
    ...book.chapters.map((chapter) => item(`chapter-${chapter.slug}`, chapter.href, 'application/xhtml+xml', chapter.svg ? 'svg' : undefined)),
    item('style', 'style.css', 'text/css'),
    ...book.images.map((image, index) => item(`image-${index + 1}`, image.href, image.mediaType)),
    ...(metadata.coverImage ? [item('cover-image', metadata.coverImage.href, metadata.coverImage.mediaType, 'cover-image')] : []),
  ];
  const spine = ['<itemref idref="cover"/>', '<itemref idref="nav"/>', ...book.chapters.map((chapter) => `<itemref idref="chapter-${escapeXml(chapter.slug)}"/>`)];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${escapeXml(book.lang)}" dir="${escapeXml(book.dir)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${metadataLines.join('\n')}
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
${spine.join('\n')}
</spine>
</package>
`;
}

const containerXml = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="${root}/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;

/**
 * The EPUB file: `mimetype` first and stored (uncompressed, no extra field),
 * as the OCF requires, so a reader can tell the file's type from its first
 * bytes; then the container file, the package document and the rest,
 * compressed. `images` holds the bytes of each of the book's images.
 */
export function epubArchive(book: Book, metadata: BookMetadata, images: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const mtime = metadata.modified;
  const text = (content: string): [Uint8Array, { level: 9; mtime: Date }] => [strToU8(content), { level: 9, mtime }];
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0, mtime }],
    'META-INF/container.xml': text(containerXml),
    [`${root}/package.opf`]: text(packageDocument(book, metadata)),
    [`${root}/${navHref}`]: text(navDocument(book, metadata)),
    [`${root}/${coverHref}`]: text(xhtmlDocument({ lang: book.lang, dir: book.dir, title: book.title, body: `<section epub:type="titlepage" class="title-page">\n${book.cover}\n</section>` })),
    [`${root}/style.css`]: text(stylesheet),
  };
  for (const chapter of book.chapters) {
    files[`${root}/${chapter.href}`] = text(xhtmlDocument({ lang: book.lang, dir: book.dir, title: chapter.title, body: chapter.body, bodyType: 'bodymatter' }));
  }
  for (const image of book.images) {
    const bytes = images.get(image.sitePath);
    if (!bytes) throw new Error(`no bytes given for the book's image ${image.sitePath}`);
    // Already compressed formats gain nothing from deflate; SVG does.
    files[`${root}/${image.href}`] = [bytes, { level: image.mediaType === 'image/svg+xml' ? 9 : 0, mtime }];
  }
  if (metadata.coverImage) files[`${root}/${metadata.coverImage.href}`] = [metadata.coverImage.bytes, { level: 0, mtime }];
  return zipSync(files);
}
