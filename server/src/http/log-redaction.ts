/**
 * Secrets travel in some URLs: invite and sign-in links (`/invite/<token>`, `/signin/<token>`) and
 * calendar feeds (`/api/calendar/<token>`). Anyone who reads a log line with one could use it, so
 * request logs carry these paths with the secret cut out, and never a query string.
 */

// Case-insensitive: the SPA's router matches `/Invite/<token>` too.
const SECRET_PATH = /\/(invite|signin|calendar)\/[^/?#\s"]+/gi;

/** Replaces the secret segment of every secret-bearing path in a text. */
export function redactSecretPaths(text: string): string {
  return text.replace(SECRET_PATH, '/$1/[redacted]');
}

/** The URL as it may be logged: secret segments cut out, any query string replaced. */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  if (queryAt === -1) return redactSecretPaths(url);
  return `${redactSecretPaths(url.slice(0, queryAt))}?[redacted]`;
}

interface LoggableRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  headers?: unknown;
}

/** Replaces Fastify's request serializer: no headers (cookies), no secrets in the URL. */
export function serializeRequest(request: LoggableRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url === undefined ? undefined : redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
  };
}
