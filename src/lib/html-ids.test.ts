import { describe, expect, it } from 'vitest';
import { namespaceIds } from './html-ids';

describe('namespaceIds', () => {
  it('prefixes ids and everything that points at them, so a repeated chart still labels itself', () => {
    const html =
      '<figure id="chart-funds" aria-labelledby="chart-funds-title a b"><figcaption id="chart-funds-title">Funds</figcaption><label for="q">Q</label><a href="#chart-funds">x</a><a href="/zh/#p-1">y</a></figure>';
    expect(namespaceIds(html, 'ko-')).toBe(
      '<figure id="ko-chart-funds" aria-labelledby="ko-chart-funds-title ko-a ko-b"><figcaption id="ko-chart-funds-title">Funds</figcaption><label for="ko-q">Q</label><a href="#ko-chart-funds">x</a><a href="/zh/#p-1">y</a></figure>',
    );
  });
  it('leaves data-* attributes and text that merely look like ids alone', () => {
    const html = '<g data-id="x" data-figure="loans">id="not an attribute"</g>';
    expect(namespaceIds(html, 'p-')).toBe(html);
  });
});
