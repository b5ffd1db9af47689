import { describe, expect, it } from 'vitest';
import { editionOfRoute, editionPath, everyEdition, getLocale, localeCodes, sourceLocale } from '../../src/editions/locales';

describe('the edition a route is rendered for comes from its getStaticPaths', () => {
  it('gives each edition its parameter and its record as a prop', () => {
    expect(everyEdition().map(({ props }) => props.edition.code)).toEqual([...localeCodes]);
    for (const code of localeCodes) {
      const { params, props } = editionPath(code, { slug: 'x' }, { extra: 1 });
      expect(params).toEqual({ lang: getLocale(code).prefix.replace(/\/$/, '') || undefined, slug: 'x' });
      expect(props).toEqual({ edition: getLocale(code), extra: 1 });
      expect(editionOfRoute('/[...lang]/chapters/[slug]', props)).toEqual(getLocale(code));
    }
  });

  it('reads no URL: a route outside [...lang] is the source edition’s', () => {
    expect(editionOfRoute('/404', {}).code).toBe(sourceLocale);
  });

  it('stops a [...lang] route whose getStaticPaths forgot the edition, naming the route and the fix', () => {
    expect(() => editionOfRoute('/[...lang]/timeline', {})).toThrow(
      '/[...lang]/timeline: getStaticPaths gives this route no "edition" prop; build its paths with editionPath() or everyEdition() from src/editions/locales.ts',
    );
  });
});
