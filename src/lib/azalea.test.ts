import { describe, expect, it } from 'vitest';
import { bloom } from './azalea';

/** Every point an SVG path passes through or curves towards, from its numbers. */
const points = (d: string) => {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return numbers.flatMap((_, i) => (i % 2 ? [] : [[numbers[i]!, numbers[i + 1]!] as const]));
};
const angle = ([x, y]: readonly [number, number]) => ((Math.atan2(x, -y) * 180) / Math.PI + 360) % 360;
const farthest = (d: string) => points(d).reduce((a, b) => (Math.hypot(...b) > Math.hypot(...a) ? b : a));
/** A petal is drawn from the centre as four curves; the second ends at its tip. */
const tipOf = (d: string) => points(d)[6]!;

describe('the azalea', () => {
  it('has five petals of one shape, turned a fifth of a circle apart from the top', () => {
    expect(bloom.petals).toHaveLength(5);
    const tips = bloom.petals.map(tipOf);
    expect(tips[0]).toEqual([0, -50]);
    tips.forEach((tip, i) => {
      expect(Math.abs(angle(tip) - i * 72)).toBeLessThan(0.5);
      expect(Math.hypot(...tip)).toBeCloseTo(50, 0);
    });
  });

  it('fits its drawing box (-62 -64 124 124) on every side', () => {
    const all = [...bloom.petals, bloom.hearts, bloom.stamens].flatMap(points);
    for (const [x, y] of all) {
      expect(x).toBeGreaterThanOrEqual(-62);
      expect(x).toBeLessThanOrEqual(62);
      expect(y).toBeGreaterThanOrEqual(-64);
      expect(y).toBeLessThanOrEqual(60);
    }
  });

  it('has paler hearts inside the petals, and stamens that end in their anthers', () => {
    const hearts = bloom.hearts.split('M').filter(Boolean);
    expect(hearts).toHaveLength(5);
    const petalReach = Math.hypot(...farthest(bloom.petals[0]!));
    for (const heart of hearts) expect(Math.hypot(...farthest(heart))).toBeLessThan(petalReach * 0.6);
    const stamens = bloom.stamens.split('M').filter(Boolean);
    expect(stamens).toHaveLength(bloom.anthers.length);
    stamens.forEach((stamen, i) => expect(points(stamen).at(-1)).toEqual(bloom.anthers[i]));
  });

  it('freckles the upper petal, within its outline', () => {
    const reach = Math.hypot(...farthest(bloom.petals[0]!));
    for (const spot of bloom.spots) {
      expect(spot[1]).toBeLessThan(0);
      expect(Math.hypot(...spot)).toBeLessThan(reach);
    }
  });
});
