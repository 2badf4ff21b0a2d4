/**
 * How the video tiles share the grid's area: rows of equal-width tiles that fill it, with no empty
 * cells (4 people sit 2 × 2, 5 sit 3 + 2). A row with fewer tiles gives each a wider share; the CSS
 * grid has as many columns as every row size divides into, and a tile spans its row's share.
 */
export interface GalleryLayout {
  /** Columns of the CSS grid. */
  columns: number;
  /** How many tiles each row holds, top to bottom. */
  rows: number[];
  /** Relative row heights (the spotlight row is taller). */
  rowWeights: number[];
  /** Columns spanned by each tile, in tile order. */
  spans: number[];
}

export interface GalleryArea {
  width: number;
  height: number;
  gap: number;
}

/** Camera video is 16:9 (see local-media's capture constraints). */
const VIDEO_ASPECT = 16 / 9;

/** `count` tiles in `rowCount` rows, as even as can be, fuller rows first: 7 in 2 → [4, 3]. */
export function evenRows(count: number, rowCount: number): number[] {
  const base = Math.floor(count / rowCount);
  const fuller = count % rowCount;
  return Array.from({ length: rowCount }, (_, row) => base + (row < fuller ? 1 : 0));
}

/**
 * How good a cell of this size is for a video cropped to fill it: its area, discounted steeply for
 * losing the top and bottom of the picture (heads) and gently for losing the sides.
 */
function cellScore(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 0;
  const heightShown = Math.min(1, (height * VIDEO_ASPECT) / width);
  const widthShown = Math.min(1, width / (height * VIDEO_ASPECT));
  return width * height * heightShown ** 2 * Math.sqrt(widthShown);
}

function rowsScore(rows: number[], { width, height, gap }: GalleryArea): number {
  const rowHeight = (height - gap * (rows.length - 1)) / rows.length;
  return rows.reduce((total, size) => total + size * cellScore((width - gap * (size - 1)) / size, rowHeight), 0);
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number) => (a * b) / gcd(a, b);

function layoutOf(rows: number[], rowWeights: number[]): GalleryLayout {
  const columns = rows.reduce(lcm, 1);
  return { columns, rows, rowWeights, spans: rows.flatMap((size) => Array<number>(size).fill(columns / size)) };
}

/** The even rows that show the tiles best in this area. */
function bestRows(count: number, area: GalleryArea): number[] {
  let best = [count];
  for (let rowCount = 2; rowCount <= count; rowCount += 1) {
    const candidate = evenRows(count, rowCount);
    if (rowsScore(candidate, area) > rowsScore(best, area)) best = candidate;
  }
  return best;
}

/**
 * With a spotlight, the first tile (the floor holder) has the top two thirds to itself and the
 * others share the rest.
 */
export function galleryLayout(count: number, area: GalleryArea, spotlight = false): GalleryLayout {
  if (count <= 1) return layoutOf([Math.max(count, 1)], [1]);
  if (!spotlight) {
    const rows = bestRows(count, area);
    return layoutOf(rows, rows.map(() => 1));
  }
  const others = bestRows(count - 1, { ...area, height: (area.height - area.gap) / 3 });
  return layoutOf([1, ...others], [2 * others.length, ...others.map(() => 1)]);
}
