// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/config/site.ts';
import { locales, sourceLocale } from './src/editions/locales.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { checkDist } from './src/integrations/check-dist.ts';
import { convertedEditions } from './src/integrations/converted-editions.ts';
import { offlineCopies } from './src/integrations/offline-copies.ts';
import { reportPdfs } from './src/integrations/report-pdfs.ts';
import { reportEpubs } from './src/integrations/report-epubs.ts';
import { hostHeadersFile } from './src/integrations/host-headers.ts';
import { siteUrlNoticeOnce } from './src/integrations/site-url-notice.ts';
import { cspDirectives, scriptSources } from './src/config/security.ts';
import { linkControls } from './src/rendering/link-controls.ts';
import { englishFirst } from './src/rendering/english-first.ts';
import { chapterLinks } from './src/rendering/chapter-links.ts';
import { fileURLToPath } from 'node:url';

// The project's own builds send nothing anywhere. Astro records anonymous
// telemetry unless this is set, and it reads it when it records, after it has
// loaded this file (build, dev, preview and sync alike).
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // CSS in files only: the header policy can then say style-src 'self'.
    inlineStylesheets: 'never',
  },
  markdown: {
    // GFM (tables, footnotes, autolinks) is on by default in Sätteri; we only
    // add `## Heading {#stable-id}` so links survive a reworded heading.
    // The link controls (paragraph ids, ¶ links, heading tools) are made here,
    // while the text is rendered, so `astro dev` serves what the build ships.
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [
        // First: a translation's sections that lag behind English are shown from English, or noted as changed.
        englishFirst({ root: fileURLToPath(new URL('.', import.meta.url)), content: 'content', generated: 'generated', basePath: site.basePath }),
        // Before the link controls: links between chapters are resolved (and checked) as the author wrote them.
        chapterLinks({ root: fileURLToPath(new URL('.', import.meta.url)), content: 'content', generated: 'generated', basePath: site.basePath }),
        linkControls({ root: fileURLToPath(new URL('.', import.meta.url)), content: 'content', generated: 'generated', registry: 'content/anchors.json', basePath: site.basePath }),
      ],
    }),
    // The report has no code blocks, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
  },
  integrations: [
    siteUrlNoticeOnce(),
    // First: writes the converted editions' content (Traditional) before any is read.
    convertedEditions({ content: 'content', generated: 'generated', folders: ['chapters', 'pages'] }),
    mdx(),
    // Share pages only redirect to a section; the chapters are the canonical pages.
    sitemap({
      filter: (page) => !/\/(s|cite|og)\/|\/404\/?$|\/search\/$/.test(new URL(page).pathname),
      // Each page lists its other editions, as its <link rel="alternate" hreflang> do.
      i18n: {
        defaultLocale: sourceLocale,
        locales: Object.fromEntries(Object.values(locales).map((locale) => [locale.prefix.replace(/\/$/, '') || sourceLocale, locale.lang])),
      },
    }),
    // Before anything reads the written pages: prints each edition's PDF (when a browser is found) and writes its size into the pages that link it.
    reportPdfs(),
    // After the PDFs, before anything reads the written pages: makes each edition's EPUB from its print page (no browser needed) and writes its size into the pages that link it.
    reportEpubs(),
    searchIndex({ glossary: 'content/glossary.yaml' }),
    // After the search index (it saves the index's files) and before the check of dist/: lists each edition's files for offline reading, writes sw.js.
    offlineCopies(),
    hostHeadersFile(),
    // Last: reads every built file (the search index and the headers file included) and changes none.
    // `npm run anchors:record` builds with REPORT_RECORDING_ANCHORS=1: new anchors are then what it records, not a problem.
    checkDist({ content: 'content', registry: 'content/anchors.json', recording: process.env['REPORT_RECORDING_ANCHORS'] === '1' }),
  ],
  vite: {
    build: {
      // One stylesheet for the whole site: a page waits for one request, not
      // eight, before its first paint, and every later page finds it cached.
      cssCodeSplit: false,
      rolldownOptions: {
        // MDX modules carry Astro's "use astro:head-inject" marker; Rolldown warns
        // about every one of them, which buries warnings that matter.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources] },
    },
  },
});
