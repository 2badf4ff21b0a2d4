import { redisTestsEnabled } from '../../../server/test/support/redis-server';
import { haproxyInstalled } from './haproxy';

/**
 * Whether tests on a real cluster run: they need PostgreSQL (TEST_DATABASE_URL), redis-server and
 * haproxy. `npm test` provides all three and sets REQUIRE_CLUSTER_TESTS=1: then a missing one fails.
 */
export function clusterTestsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (!env['TEST_DATABASE_URL']) {
    if (env['REQUIRE_CLUSTER_TESTS'] === '1') throw new Error('REQUIRE_CLUSTER_TESTS=1 but TEST_DATABASE_URL is not set: run `npm test`');
    console.warn('SKIPPED: cluster tests need TEST_DATABASE_URL (PostgreSQL); `npm test` sets it up');
    return false;
  }
  return redisTestsEnabled(env) && haproxyInstalled(env);
}
