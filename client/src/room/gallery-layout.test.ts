import { describe, expect, it } from 'vitest';
import { evenRows, galleryLayout } from './gallery-layout';

/** The grid's area beside the facilitator console at 1280 × 800, and the whole width without it. */
const besideConsole = { width: 864, height: 545, gap: 12 };
const fullWidth = { width: 1256, height: 690, gap: 12 };

describe('evenRows', () => {
  it.each<[number, number, number[]]>([
    [4, 2, [2, 2]],
    [5, 2, [3, 2]],
    [7, 2, [4, 3]],
    [7, 3, [3, 2, 2]],
    [9, 3, [3, 3, 3]],
  ])('puts %i tiles in %i rows as %j', (count, rowCount, rows) => {
    expect(evenRows(count, rowCount)).toEqual(rows);
  });
});

describe('galleryLayout', () => {
  it.each([besideConsole, fullWidth])('leaves no empty cell for 2 to 12 people in %j', (area) => {
    for (let count = 2; count <= 12; count += 1) {
      const layout = galleryLayout(count, area);
      expect(layout.spans).toHaveLength(count);
      expect(layout.rows.reduce((a, b) => a + b, 0)).toBe(count);
      expect(Math.max(...layout.rows) - Math.min(...layout.rows)).toBeLessThanOrEqual(1);
      let tile = 0;
      for (const size of layout.rows) {
        const rowSpans = layout.spans.slice(tile, tile + size);
        expect(rowSpans.reduce((a, b) => a + b, 0)).toBe(layout.columns);
        tile += size;
      }
      expect(layout.rowWeights).toEqual(layout.rows.map(() => 1));
    }
  });

  it.each<[number, number[]]>([
    [2, [2]],
    [3, [2, 1]],
    [4, [2, 2]],
    [5, [3, 2]],
    [6, [3, 3]],
    [7, [4, 3]],
    [8, [3, 3, 2]],
    [9, [3, 3, 3]],
  ])('seats %i people beside the console as %j', (count, rows) => {
    expect(galleryLayout(count, besideConsole).rows).toEqual(rows);
  });

  it('stacks two people in a tall narrow area rather than squeezing them side by side', () => {
    expect(galleryLayout(2, { width: 400, height: 700, gap: 12 }).rows).toEqual([1, 1]);
  });

  it('gives the spotlight tile the top two thirds and a whole row', () => {
    const layout = galleryLayout(5, besideConsole, true);
    expect(layout.rows[0]).toBe(1);
    expect(layout.spans[0]).toBe(layout.columns);
    const [top = 0, ...rest] = layout.rowWeights;
    expect(top / (top + rest.reduce((a, b) => a + b, 0))).toBeCloseTo(2 / 3);
    expect(layout.rows.slice(1).reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('fills the area with a single tile', () => {
    expect(galleryLayout(1, besideConsole)).toEqual({ columns: 1, rows: [1], rowWeights: [1], spans: [1] });
  });
});
