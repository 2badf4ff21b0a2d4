import type { FastifyServerOptions } from 'fastify';
import type { ServerConfig } from '../config';

/**
 * Fastify's `trustProxy` from the TRUST_PROXY setting. Fastify refuses a bare hop count (it trusts
 * nothing then), so a count becomes "trust that many hops in front of us": right behind exactly
 * that many proxies, and only if clients cannot reach the server directly.
 */
export function trustProxyOption(setting: ServerConfig['TRUST_PROXY']): FastifyServerOptions['trustProxy'] {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}
