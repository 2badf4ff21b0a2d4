import { describe, expect, it } from 'vitest';
import { loginPathReturningTo, safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it.each(['/home', '/s/0b6f9d7e-4c1e-4a4b-9a55-0d6b3e3f1c11', '/cohorts/abc?tab=health'])('keeps %s', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });
  it.each([null, undefined, '', 'home', '//evil.example/x', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/a\nb'])(
    'refuses %j',
    (next) => {
      expect(safeNextPath(next)).toBeNull();
    },
  );
});

describe('loginPathReturningTo', () => {
  it('encodes the way back', () => {
    expect(loginPathReturningTo('/s/abc?x=1')).toBe('/login?next=%2Fs%2Fabc%3Fx%3D1');
  });
  it('needs no way back to the landing page', () => {
    expect(loginPathReturningTo('/')).toBe('/login');
  });
});
