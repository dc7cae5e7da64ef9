import { describe, expect, it } from 'vitest';
import { absolutePath, locationOf } from './problem-location';

describe('where a content problem is', () => {
  it('reads the file, line and column at the start of a problem', () => {
    expect(locationOf('content/chapters/ko/03-development.mdx:15: <Figure id="fundz"> names nothing')).toEqual({
      file: 'content/chapters/ko/03-development.mdx',
      line: 15,
      column: 1,
    });
    expect(locationOf('content/figures/lectures.json:14:16: a comma after the last item')).toEqual({
      file: 'content/figures/lectures.json',
      line: 14,
      column: 16,
    });
    expect(locationOf('../../tmp/c/timeline/x.json: end is set without date')).toEqual({
      file: '../../tmp/c/timeline/x.json',
      line: undefined,
      column: undefined,
    });
  });

  it('makes a file absolute against the checkout', () => {
    expect(absolutePath('../../../tmp/c/figures/a.json', '/work/wt/editors')).toBe('/tmp/c/figures/a.json');
    expect(absolutePath('content/figures/a.json', '/work/wt/editors')).toBe('/work/wt/editors/content/figures/a.json');
    expect(absolutePath('/tmp/a.json', '/work')).toBe('/tmp/a.json');
  });

  it('finds nothing in a problem that names no file', () => {
    expect(locationOf('content/report.json is missing')).toBeUndefined();
  });
});
