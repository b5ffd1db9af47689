/** Geometry for the small bar charts of the report's figures, computed at build time. */
import type { EditionRecord } from '../editions/locales';

export interface BarDatum {
  value: number;
  upTo?: number | undefined;
}

export interface Bar {
  /** Where the bar starts and how wide it is, in chart units. */
  x: number;
  width: number;
  y: number;
}

/**
 * Horizontal bars on a shared scale from zero. A range (value to upTo) is drawn
 * from its low to its high end, so readers see it is a span, not a point.
 */
export function layoutBars(data: readonly BarDatum[], chartWidth: number, rowHeight: number): Bar[] {
  const max = Math.max(...data.map((datum) => datum.upTo ?? datum.value));
  const scale = (value: number) => (max === 0 ? 0 : (value / max) * chartWidth);
  return data.map((datum, index) => {
    const start = datum.upTo === undefined ? 0 : scale(datum.value);
    const end = scale(datum.upTo ?? datum.value);
    return { x: round(start), width: Math.max(2, round(end - start)), y: index * rowHeight };
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A figure's value as the text says it: "around 80,000", "US$10,000–30,000";
 * in Chinese the qualifier joins the number without a space (约8万).
 */
export function spoken(display: string, qualifier?: string, writing: EditionRecord['writing'] = 'spaced'): string {
  if (!qualifier) return display;
  return writing === 'han' ? `${qualifier}${display}` : `${qualifier} ${display}`;
}
