import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/config/site';
import { isoDate, readableDate } from '../../src/text/dates';

describe('normaliseBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['report', '/report/'],
    ['/report', '/report/'],
    ['/report/', '/report/'],
    ['  //a/b//  ', '/a/b/'],
  ])('turns %j into %j', (input, expected) => {
    expect(normaliseBasePath(input)).toBe(expected);
  });
});

describe('dates', () => {
  it('formats in UTC so a build in any time zone prints the same day', () => {
    const date = new Date('2026-11-24T00:00:00Z');
    expect(isoDate(date)).toBe('2026-11-24');
    expect(readableDate(date)).toBe('24 November 2026');
  });
});
