import { describe, expect, it } from 'vitest';
import { moveBy, moveItem } from './order-moves';

describe('moveItem', () => {
  it('moves an item forwards and backwards (drag and drop)', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('changes nothing for moves out of range, and never mutates its input', () => {
    const items = ['a', 'b'] as const;
    expect(moveItem(items, 0, 5)).toEqual(['a', 'b']);
    expect(moveItem(items, -1, 0)).toEqual(['a', 'b']);
    expect(items).toEqual(['a', 'b']);
  });
});

describe('moveBy', () => {
  it('moves one place up or down (keyboard moves)', () => {
    expect(moveBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('stops at the ends and ignores unknown ids', () => {
    expect(moveBy(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'c', 3)).toEqual(['a', 'b', 'c']);
    expect(moveBy(['a', 'b'], 'z', 1)).toEqual(['a', 'b']);
  });
});
