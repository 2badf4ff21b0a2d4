import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { haproxyInstalled } from './haproxy';
import { haproxyConfig } from './haproxy-config';

const nodes = [
  { id: 'n1', host: '127.0.0.1', port: 4001 },
  { id: 'n2', host: '127.0.0.1', port: 4002 },
];
const installed = haproxyInstalled();

describe('haproxyConfig', () => {
  it('pins ?node=<id> to that node, balances the rest round-robin, and checks /api/health fast', () => {
    const config = haproxyConfig({ bind: '127.0.0.1:4000', nodes });
    const lines = config.split('\n').map((line) => line.trim());
    expect(lines).toContain('bind 127.0.0.1:4000');
    expect(lines).toContain('balance roundrobin');
    expect(lines).toContain('option httpchk GET /api/health');
    expect(lines).toContain('option redispatch 1');
    expect(lines).toContain('use-server n1 if { urlp(node) -m str n1 }');
    expect(lines).toContain('use-server n2 if { urlp(node) -m str n2 }');
    expect(lines).toContain('server n1 127.0.0.1:4001');
    expect(lines).toContain('server n2 127.0.0.1:4002');
    expect(lines.find((line) => line.startsWith('default-server'))).toMatch(/check inter 500ms fastinter 250ms .*fall 2 rise 2/);
    expect(lines).toContain('timeout tunnel 8h');
    expect(config).not.toContain('resolvers');
    expect(config).not.toContain('stats socket');
  });

  it('adds Docker DNS, the stats socket and request logs only when asked', () => {
    const config = haproxyConfig({ bind: ':8080', nodes, dockerDns: true, statsSocket: '/tmp/x.sock', logToStdout: true });
    expect(config).toContain('nameserver dns 127.0.0.11:53');
    expect(config).toMatch(/default-server .* resolvers docker/);
    expect(config).toContain('stats socket /tmp/x.sock');
    expect(config).toContain('option httplog');
  });

  it('refuses node ids HAProxy or NODE_ID would not take, duplicates, and an empty cluster', () => {
    for (const id of ['N1', 'n 1', 'n1;', 'n1}', '', 'x'.repeat(33)]) {
      expect(() => haproxyConfig({ bind: ':80', nodes: [{ id, host: 'h', port: 1 }] })).toThrow(/node id/);
    }
    expect(() => haproxyConfig({ bind: ':80', nodes: [nodes[0]!, nodes[0]!] })).toThrow(/twice/);
    expect(() => haproxyConfig({ bind: ':80', nodes: [] })).toThrow(/at least one/);
  });

  it.skipIf(!installed)('is a configuration HAProxy accepts without warnings', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-haproxy-config-'));
    try {
      const file = path.join(dir, 'haproxy.cfg');
      writeFileSync(file, haproxyConfig({ bind: '127.0.0.1:4000', nodes, statsSocket: path.join(dir, 'stats.sock'), logToStdout: true }));
      const check = spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8' });
      expect(check.status, check.stderr).toBe(0);
      expect(check.stderr).not.toContain('WARNING');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
