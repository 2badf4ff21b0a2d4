/**
 * `npm run cluster`: a local PeerCircle cluster (Redis, PostgreSQL, N nodes, HAProxy) until Ctrl-C.
 * Usage: npm run cluster -- [--nodes 3] [--port 4000] [--log]
 * HAProxy on --port, node i on --port + i; --log prints HAProxy's request log (`nodes/n2`: who answered).
 */
import { parseArgs } from 'node:util';
import { startCluster } from '../support/cluster/start-cluster';

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '3' }, port: { type: 'string', default: '4000' }, log: { type: 'boolean', default: false } } });
const cluster = await startCluster({ nodes: Number(values.nodes), basePort: Number(values.port) });

console.log(`\nPeerCircle cluster of ${cluster.nodes.length} nodes — open ${cluster.url}`);
for (const node of cluster.nodes) {
  console.log(`  ${node.id}: ${node.url} (pid ${node.pid}), media UDP/TCP ${node.rtcPort}; through HAProxy: ${cluster.url}/?node=${node.id}`);
}
console.log(`  redis ${cluster.redisUrl}, database ${new URL(cluster.databaseUrl).pathname.slice(1)}`);
console.log('Ctrl-C stops everything.\n');

if (values.log) {
  let printed = cluster.haproxyLog().length;
  setInterval(() => {
    const log = cluster.haproxyLog();
    if (log.length > printed) process.stdout.write(log.slice(printed));
    printed = log.length;
  }, 250).unref();
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping the cluster…');
    void cluster.stop().then(() => process.exit(0), (error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
}
