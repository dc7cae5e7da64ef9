import { describe, expect, it } from 'vitest';
import { bloom } from './azalea';

describe('the azalea', () => {
  it('has five petals turned a fifth of a circle apart, the first pointing up', () => {
    expect(bloom.petals).toHaveLength(5);
    expect(bloom.petals[0]).toBe('M0 0C-10 -6 -27 -21 -25 -38C-23 -52 -9 -57 0 -50C9 -57 23 -52 25 -38C27 -21 10 -6 0 0Z');
    // The tip of each petal lies on one circle around the centre.
    const tips = bloom.petals.map((d) => d.split('C')[2]!.split(' ').slice(-2).map(Number));
    for (const [x, y] of tips) expect(Math.hypot(x!, y!)).toBeCloseTo(50, 0);
  });
  it('has paler hearts, freckles and five stamens ending in anthers', () => {
    expect(bloom.hearts.match(/M/g)).toHaveLength(5);
    expect(bloom.stamens.match(/M/g)).toHaveLength(5);
    expect(bloom.anthers).toHaveLength(5);
    expect(bloom.spots.length).toBeGreaterThan(0);
  });
});
