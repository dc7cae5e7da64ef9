/**
 * The geometry of our azalea (金达莱): five petal paths, one path for their paler hearts, one for
 * the stamens, and the points of the freckles and anthers, so that each flower is a handful of SVG elements.
 */
type Point = [number, number];

/** One petal, pointing up from the flower's centre: absolute coordinates only, so it can be turned. */
const petal: Point[][] = [
  [[0, 0]],
  [
    [-10, -6],
    [-27, -21],
    [-25, -38],
  ],
  [
    [-23, -52],
    [-9, -57],
    [0, -50],
  ],
  [
    [9, -57],
    [23, -52],
    [25, -38],
  ],
  [
    [27, -21],
    [10, -6],
    [0, 0],
  ],
];

const turn = ([x, y]: Point, degrees: number, scale = 1): Point => {
  const a = (degrees * Math.PI) / 180;
  const round = (n: number) => Math.round(n * 10) / 10;
  return [round((x * Math.cos(a) - y * Math.sin(a)) * scale), round((x * Math.sin(a) + y * Math.cos(a)) * scale)];
};

/** Each petal is its own path, so that a petal's outline is hidden under the petal drawn after it. */
function petals(scale: number): string[] {
  return [0, 72, 144, 216, 288].map((degrees) => {
    const [start, ...curves] = petal.map((points) => points.map((p) => turn(p, degrees, scale).join(' ')));
    return `M${start![0]}${curves.map((c) => `C${c.join(' ')}`).join('')}Z`;
  });
}

const leans = [-30, -16, -4, 8, 20];
const anthers: Point[] = leans.map((lean) => [lean, -56 + Math.abs(lean) * 0.25]);

export const bloom = {
  petals: petals(1),
  hearts: petals(0.55).join(''),
  stamens: leans.map((lean, i) => `M0 -4Q${lean * 0.35} ${-30 - i} ${anthers[i]![0]} ${anthers[i]![1]}`).join(''),
  anthers,
  spots: [
    [-7, -27],
    [0, -31],
    [7, -26],
    [-3, -20],
    [4, -19],
  ] as Point[],
};
