import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { apiRoutes, type ApiResponse, type ApiRouteName } from '@peercircle/shared';

type RouteBody<N extends ApiRouteName> = (typeof apiRoutes)[N]['body'] extends z.ZodType
  ? z.output<NonNullable<(typeof apiRoutes)[N]['body']>>
  : undefined;

export interface RouteOptions<P extends z.ZodType | undefined> {
  tags: string[];
  summary: string;
  params?: P;
  /** e.g. `{ max: 10, timeWindow: '1 minute' }` for endpoints that guard secrets. */
  rateLimit?: { max: number; timeWindow: string };
}

export type RouteHandler<N extends ApiRouteName, P extends z.ZodType | undefined> = (
  request: FastifyRequest & { body: RouteBody<N>; params: P extends z.ZodType ? z.output<P> : Record<string, never> },
  reply: FastifyReply,
) => Promise<ApiResponse<N>>;

/**
 * Registers one route of the shared API table: the method, path and body schema come from
 * `apiRoutes`, so the server cannot drift from what the client calls.
 */
export function apiRoute<N extends ApiRouteName, P extends z.ZodType | undefined = undefined>(
  app: FastifyInstance,
  name: N,
  options: RouteOptions<P>,
  handler: RouteHandler<N, P>,
): void {
  const { method, path, body } = apiRoutes[name];
  app.withTypeProvider<ZodTypeProvider>().route({
    method,
    url: path,
    schema: {
      tags: options.tags,
      summary: options.summary,
      ...(body ? { body } : {}),
      ...(options.params ? { params: options.params } : {}),
    },
    ...(options.rateLimit ? { config: { rateLimit: options.rateLimit } } : {}),
    handler: handler as unknown as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
  });
}
