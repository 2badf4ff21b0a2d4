/**
 * Random round orders stay reproducible: the reducer is pure, so the shuffle is seeded from the
 * session id and the version the command applies to. Replaying the same commands gives the same order.
 */
export function seedFor(sessionId: string, version: number): number {
  // FNV-1a over "sessionId:version".
  let hash = 0x811c9dc5;
  for (const char of `${sessionId}:${version}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, well-distributed 32-bit PRNG. */
function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded source; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = randomSource(seed);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
  }
  return shuffled;
}
