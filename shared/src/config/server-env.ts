import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const commaList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter((item) => item.length > 0));
const ipAddress = z.union([z.ipv4(), z.ipv6()]);
const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

/** A cluster node's name: 1–32 lowercase letters, digits or dashes (the load balancer's server name). */
export const nodeIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'use 1–32 lowercase letters, digits or dashes');

/** Everything the server reads from its environment, with the embedded defaults. */
export const serverEnvSchema = z
  .object({
    PORT: port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Interface the SFU binds its UDP/TCP media ports to. */
    MEDIA_LISTEN_IP: ipAddress.default('127.0.0.1'),
    /** Public IP or host name put into ICE candidates when the server sits behind NAT or in a container. */
    MEDIA_ANNOUNCED_ADDRESS: z.string().min(1).optional(),
    /** Worker i listens for media on RTC_PORT + i (UDP and TCP); 0 picks free ports (tests). */
    RTC_PORT: z.coerce.number().int().min(0).max(65535).default(40000),
    /** Number of mediasoup workers; defaults to one per CPU core. */
    MEDIASOUP_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
    MEDIASOUP_LOG_LEVEL: z.enum(['debug', 'warn', 'error', 'none']).default('warn'),
    /** TURN servers handed to browsers, e.g. "turn:turn.example.org:3478?transport=udp". */
    TURN_URLS: commaList.default([]),
    /** coturn `static-auth-secret`: short-lived TURN credentials are derived from it per participant. */
    TURN_SECRET: z
      .string()
      .min(16)
      .refine((secret) => !secret.startsWith('replace-with'), 'set TURN_SECRET to your own random secret')
      .optional(),
    /** Directory with the built SPA; the server serves it when present. */
    CLIENT_DIST_DIR: z.string().min(1).optional(),
    /** How long a participant whose signalling dropped keeps its media before it is released. */
    RECONNECT_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(15_000),
    MAX_PARTICIPANTS_PER_ROOM: z.coerce.number().int().min(2).max(50).default(12),
    /** Signs identities and sessions; random per start when unset (identities then end with the process). */
    SESSION_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
    /** Where the embedded SQLite database lives (created on first start). */
    DATA_DIR: z.string().min(1).default('./data'),
    /** `postgres://…` switches storage to PostgreSQL (same schema and migrations). */
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'use a postgres:// URL').optional(),
    /** The address people use, e.g. https://circle.example.org: invite and calendar links, allowed Origin. */
    PUBLIC_URL: z.url().optional(),
    /**
     * Which proxies in front of the server to believe about the client's address (X-Forwarded-For):
     * `false` (default, no proxy), `true` (any), a hop count, or comma-separated IPs/CIDRs.
     * Rate limits key on that address, so behind a TLS proxy this must name the proxy.
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .min(1)
      .transform((value): boolean | number | string[] => {
        if (['true', '1', 'yes', 'on'].includes(value)) return true;
        if (['false', '0', 'no', 'off'].includes(value)) return false;
        if (/^\d+$/.test(value)) return Number(value);
        return value.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
      })
      .default(false),
    /** Ad-hoc rooms at /r/<name> without accounts: for trying PeerCircle out, never for real circles. */
    DEMO_ROOMS: flag.default(false),
    /** Whether anyone may create a facilitator account (turn off once your facilitators exist). */
    ALLOW_FACILITATOR_SIGNUP: flag.default(true),
    /** Sign-in and invite attempts allowed per client address per minute (guessing protection). */
    AUTH_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
    INVITE_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 60).default(7 * 24),
    LOGIN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /**
     * Flood protection per participant: socket requests and circle commands per second (bursts of
     * three times as many pass). Whoever keeps exceeding them is cut off for 30 seconds.
     */
    SOCKET_REQUESTS_PER_SECOND: z.coerce.number().int().min(1).max(100_000).default(40),
    CIRCLE_COMMANDS_PER_SECOND: z.coerce.number().int().min(1).max(100_000).default(8),
    /** A circle session nobody is present in is forgotten, with all its content, after this long. */
    SESSION_IDLE_TTL_MS: z.coerce.number().int().min(1_000).max(24 * 3_600_000).default(30 * 60_000),
    /** `redis://…` switches cluster mode on: circle ownership, node loads and cross-node events in Redis. */
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'use a redis:// URL').optional(),
    /** This node's name in the cluster: the load balancer routes `?node=<NODE_ID>` to it. */
    NODE_ID: nodeIdSchema.optional(),
    /** How long a circle stays owned by a node that stopped renewing (a crash): the failover's floor. */
    CLUSTER_LEASE_MS: z.coerce.number().int().min(500).max(60_000).default(3_000),
  })
  .refine((env) => !env.REDIS_URL || env.NODE_ID !== undefined, {
    message: 'NODE_ID is required when REDIS_URL is set (each node its own name)',
    path: ['NODE_ID'],
  })
  .refine((env) => !env.REDIS_URL || env.DATABASE_URL !== undefined, {
    message: 'DATABASE_URL is required when REDIS_URL is set (the nodes share PostgreSQL)',
    path: ['DATABASE_URL'],
  })
  .refine((env) => !env.REDIS_URL || env.SESSION_SECRET !== undefined, {
    message: 'SESSION_SECRET is required when REDIS_URL is set (the same on every node)',
    path: ['SESSION_SECRET'],
  })
  .refine((env) => env.TURN_URLS.length === 0 || env.TURN_SECRET !== undefined, {
    message: 'TURN_SECRET is required when TURN_URLS is set',
    path: ['TURN_SECRET'],
  });

export type ServerEnv = z.output<typeof serverEnvSchema>;
