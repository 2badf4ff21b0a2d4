import { describe, expect, it } from 'vitest';
import { serverEnvSchema } from './server-env';

/** A node of a cluster, as `npm run cluster` configures one. */
const cluster = {
  REDIS_URL: 'redis://127.0.0.1:6379',
  NODE_ID: 'n1',
  DATABASE_URL: 'postgres://peercircle@127.0.0.1/peercircle',
  SESSION_SECRET: 'a-shared-secret-of-at-least-32-characters',
};

describe('serverEnvSchema', () => {
  it('reads a cluster node: Redis, its id, the shared database and secret, the lease length', () => {
    expect(serverEnvSchema.parse(cluster)).toMatchObject({ REDIS_URL: cluster.REDIS_URL, NODE_ID: 'n1', CLUSTER_LEASE_MS: 3_000 });
    expect(serverEnvSchema.parse({ ...cluster, CLUSTER_LEASE_MS: '5000' }).CLUSTER_LEASE_MS).toBe(5_000);
  });

  it('has embedded defaults that listen on loopback only', () => {
    const env = serverEnvSchema.parse({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', MEDIA_LISTEN_IP: '127.0.0.1', RTC_PORT: 40000 });
    expect(env.TURN_URLS).toEqual([]);
  });

  it('reads deployment settings from strings', () => {
    const env = serverEnvSchema.parse({
      PORT: '8080',
      MEDIA_LISTEN_IP: '0.0.0.0',
      MEDIA_ANNOUNCED_ADDRESS: 'meet.example.org',
      TURN_URLS: 'turn:turn.example.org:3478?transport=udp, turns:turn.example.org:5349',
      TURN_SECRET: 'a-long-enough-secret',
    });
    expect(env.PORT).toBe(8080);
    expect(env.TURN_URLS).toHaveLength(2);
  });

  it.each([
    [undefined, false],
    ['true', true],
    ['off', false],
    ['2', 2],
    ['127.0.0.1, 10.0.0.0/8', ['127.0.0.1', '10.0.0.0/8']],
  ])('reads TRUST_PROXY=%j as %j', (value, expected) => {
    expect(serverEnvSchema.parse(value === undefined ? {} : { TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ MEDIA_LISTEN_IP: 'localhost' }, 'MEDIA_LISTEN_IP'],
    [{ TURN_URLS: 'turn:x' }, 'TURN_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ...cluster, NODE_ID: undefined }, 'NODE_ID'],
    [{ ...cluster, NODE_ID: 'N1' }, 'NODE_ID'],
    [{ ...cluster, NODE_ID: 'n1\nX' }, 'NODE_ID'],
    [{ ...cluster, NODE_ID: 'x'.repeat(33) }, 'NODE_ID'],
    [{ ...cluster, DATABASE_URL: undefined }, 'DATABASE_URL'],
    [{ ...cluster, SESSION_SECRET: undefined }, 'SESSION_SECRET'],
    [{ ...cluster, REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL'],
    [{ ...cluster, CLUSTER_LEASE_MS: '100' }, 'CLUSTER_LEASE_MS'],
  ])('rejects %j naming %s', (input, field) => {
    const result = serverEnvSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.path.includes(field))).toBe(true);
  });
});
