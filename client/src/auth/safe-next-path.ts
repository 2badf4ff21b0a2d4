/**
 * Accepts a `?next=` target only when it stays on this site: a path starting with one "/". Anything
 * else ("//evil.example", "https://…", "/\\evil") could send someone off-site after signing in.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (/[\u0000-\u001f]/.test(next)) return null;
  return next;
}

/** `/login?next=/s/…`: sign in, then come back here. */
export function loginPathReturningTo(path: string): string {
  return path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}`;
}
