/**
 * A figure's numbers as a CSV file (`figures/<id>.csv` in each edition), for
 * readers who want to check or reuse them. Every row repeats where its
 * number comes from, so a row copied on its own keeps its source.
 */
import { stringify } from 'csv-stringify/sync';
import type { Figure } from '../../report/schemas/visuals';
import type { Translator } from '../../editions/translate';

/** The file's path inside an edition, e.g. `figures/figure-arrests.csv`. */
export function figureCsvPath(figure: Pick<Figure, 'id'>): string {
  return `figures/${figure.id}.csv`;
}

/**
 * The CSV text: a header row in the edition's language, then one row per
 * number. It starts with a byte-order mark because spreadsheet programs
 * otherwise open UTF-8 Chinese as mojibake.
 */
export function figureCsv(figure: Figure, i18n: Pick<Translator, 't' | 'pick'>, sectionUrl: string): string {
  const { t, pick } = i18n;
  const source = `${pick(figure.source)} ${sectionUrl}`;
  const header = (['figureData.what', 'figureData.qualifier', 'figureData.value', 'figureData.upTo', 'figureData.unit', 'figureData.asWritten', 'figureData.source'] as const).map((key) => t(key));
  const rows = figure.data.map((datum) => [
    pick(datum.label),
    datum.qualifier ? pick(datum.qualifier) : '',
    datum.value,
    datum.upTo ?? '',
    pick(figure.unit),
    pick(datum.display),
    source,
  ]);
  return `\uFEFF${stringify([header, ...rows], { record_delimiter: 'windows' })}`;
}

/** The size a reader is told before downloading: bytes of the UTF-8 text. */
export function figureCsvBytes(csv: string): number {
  return new TextEncoder().encode(csv).length;
}
