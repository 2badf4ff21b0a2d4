import { describe, expect, it } from 'vitest';
import { myDataFileName } from './my-data-file';

describe('myDataFileName', () => {
  it('dates the file', () => {
    expect(myDataFileName(new Date(2026, 2, 3, 23, 59))).toBe('peercircle-my-data-2026-03-03.json');
  });
});
