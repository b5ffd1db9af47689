import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionPaths } from '../../../../report/model';
import { localeCodes } from '../../../../editions/locales';
import { previewResponse } from '../../../../outputs/previews/preview-response';

/**
 * A preview image per section (`/og/chapter/section.png`), in each edition:
 * the section's title, under its chapter's. Share pages (`/s/chapter/section/`)
 * show it, so a shared section previews as itself rather than as its chapter.
 */
export const getStaticPaths = (async () => sectionPaths(localeCodes)) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof sectionPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props: { edition, chapterTitle, section } }) => previewResponse(edition.code, section.title, chapterTitle);
