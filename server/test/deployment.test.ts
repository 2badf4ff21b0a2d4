import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { serverEnvSchema } from '@peercircle/shared';
import { haproxyConfig } from '../../e2e/support/cluster/haproxy-config';
import { startTestServer } from './support/test-server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const deployment = { PUBLIC_HOST: 'circle.example.org', PUBLIC_IP: '203.0.113.10', TURN_SECRET: 'f'.repeat(64) };

interface ComposeService {
  environment?: Record<string, string>;
  profiles?: string[];
  ports?: { target: number; published: number; protocol: string }[];
  networks?: Record<string, { ipv4_address?: string } | null>;
  volumes?: string[];
  command?: string[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  networks: Record<string, { ipam: { config: { subnet: string }[] } }>;
}

/** Runs a tool in the repository with the deployment's variables; returns its exit code and output. */
function run(command: string, args: string[], env: Record<string, string> = deployment, input?: string) {
  const { PUBLIC_HOST: _host, PUBLIC_IP: _ip, TURN_SECRET: _secret, ...inherited } = process.env;
  const result = spawnSync(command, args, { cwd: repoRoot, env: { ...inherited, ...env }, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `docker-compose config` as Compose resolves it, read through the YAML parser docker-compose itself depends on. */
function resolvedCompose(profileArgs: string[] = [], env: Record<string, string> = deployment): ComposeFile {
  const config = run('docker-compose', ['-f', 'docker-compose.yml', ...profileArgs, 'config'], env);
  expect(config.status, config.stderr).toBe(0);
  const json = run('python3', ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'], env, config.stdout);
  expect(json.status, json.stderr).toBe(0);
  return JSON.parse(json.stdout) as ComposeFile;
}

beforeAll(() => {
  // The way scripts/test.sh does it, so this passes on a fresh Debian 12 machine too.
  execFileSync('sh', ['-c', '. scripts/lib/debian-packages.sh && ensure_debian_tools docker-compose caddy'], { cwd: repoRoot, stdio: 'inherit' });
}, 300_000);

describe('the docker-compose deployment is safe by default', () => {
  it('puts Caddy in front: the app is https, trusts only the proxy, and is not published itself', () => {
    const { services, networks } = resolvedCompose();
    const app = services['app']!;
    const proxy = services['proxy']!;
    const settings = serverEnvSchema.parse(app.environment);
    expect(settings.PUBLIC_URL).toBe('https://circle.example.org');
    const proxyAddress = proxy.networks?.['front']?.ipv4_address;
    expect(settings.TRUST_PROXY).toEqual([proxyAddress]);
    const subnet = networks['front']!.ipam.config[0]!.subnet;
    expect(proxyAddress?.startsWith(subnet.split('.').slice(0, 3).join('.') + '.')).toBe(true);
    expect(app.networks).toHaveProperty('front');

    expect(app.ports?.some((port) => port.target === settings.PORT)).toBe(false);
    expect(proxy.ports?.filter((port) => port.protocol === 'tcp').map((port) => port.published)).toEqual([80, 443]);
    expect(proxy.volumes).toContain(`${repoRoot}/deploy/Caddyfile:/etc/caddy/Caddyfile:ro`);
  });

  it('publishes every worker media port (UDP and TCP) directly from the app, and keeps coturn on the same secret', () => {
    const { services } = resolvedCompose();
    const settings = serverEnvSchema.parse(services['app']!.environment);
    const workerPorts = Array.from({ length: settings.MEDIASOUP_WORKERS ?? 1 }, (_, index) => settings.RTC_PORT + index);
    for (const protocol of ['udp', 'tcp']) {
      const published = services['app']!.ports!.filter((port) => port.protocol === protocol && port.published === port.target).map((port) => port.target);
      expect(published).toEqual(workerPorts);
    }
    expect(settings.MEDIA_ANNOUNCED_ADDRESS).toBe(deployment.PUBLIC_IP);
    const turn = services['turn']!;
    expect(turn.command).toContain(`--static-auth-secret=${deployment.TURN_SECRET}`);
    expect(settings.TURN_SECRET).toBe(deployment.TURN_SECRET);
    expect(settings.TURN_URLS).toEqual([`turn:${deployment.PUBLIC_HOST}:3478?transport=udp`, `turn:${deployment.PUBLIC_HOST}:3478?transport=tcp`]);
  });

  it('refuses to start without PUBLIC_HOST, PUBLIC_IP or TURN_SECRET instead of falling back to a placeholder', () => {
    for (const missing of Object.keys(deployment)) {
      const env = Object.fromEntries(Object.entries(deployment).filter(([name]) => name !== missing));
      const config = run('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], env);
      expect(config.status).not.toBe(0);
      expect(config.stderr).toContain(`set ${missing}`);
    }
  });

  it('Caddyfile parses and proxies PUBLIC_HOST over HTTPS to the app service', () => {
    const adapted = run('caddy', ['adapt', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile']);
    expect(adapted.status, adapted.stderr).toBe(0);
    const server = Object.values(JSON.parse(adapted.stdout).apps.http.servers as Record<string, { listen: string[]; routes: unknown[] }>)[0]!;
    expect(server.listen).toEqual([':443']);
    const text = JSON.stringify(server.routes);
    expect(text).toContain('"host":["circle.example.org"]');
    const { services } = resolvedCompose();
    const appPort = serverEnvSchema.parse(services['app']!.environment).PORT;
    expect(text).toContain(`"handler":"reverse_proxy","upstreams":[{"dial":"app:${appPort}"}]`);
  });

  it('the app started with the compose environment sends HSTS, sets a Secure __Host- cookie and believes X-Forwarded-For from the proxy only', async () => {
    const { services } = resolvedCompose();
    const { DATA_DIR: _volume, ...environment } = services['app']!.environment!;
    const proxyAddress = services['proxy']!.networks!['front']!.ipv4_address!;
    const server = await startTestServer({ ...environment, LOG_LEVEL: 'silent' });
    try {
      const inject = (remoteAddress: string, method: 'GET' | 'POST', url: string, body?: unknown, forwardedFor?: string) =>
        server.app.inject({
          method,
          url,
          remoteAddress,
          headers: { origin: `https://${deployment.PUBLIC_HOST}`, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
          ...(body ? { payload: body } : {}),
        });
      expect((await inject(proxyAddress, 'GET', '/api/health')).headers['strict-transport-security']).toMatch(/max-age=\d+/);
      const signup = await inject(proxyAddress, 'POST', '/api/facilitators', { email: 'fay@example.org', displayName: 'Fay', password: 'a long enough password' }, '192.0.2.1');
      expect(signup.statusCode).toBe(201);
      expect(String(signup.headers['set-cookie'])).toMatch(/^__Host-peercircle_login=.*; Secure/);

      // Invite guesses are limited per client address: the proxy's word counts, anyone else's does not.
      const limit = serverEnvSchema.parse(environment).AUTH_ATTEMPTS_PER_MINUTE;
      const guess = (from: string, forwardedFor: string, attempt: number) =>
        inject(from, 'POST', '/api/invites/redeem', { token: `guess${String(attempt).padStart(17, '0')}` }, forwardedFor).then((response) => response.statusCode);
      const oneClient: number[] = [];
      for (let attempt = 0; attempt <= limit; attempt += 1) oneClient.push(await guess(proxyAddress, '198.51.100.7', attempt));
      expect(oneClient).toEqual([...Array(limit).fill(404), 429]);
      expect(await guess(proxyAddress, '198.51.100.8', 99)).toBe(404);
      const spoofer: number[] = [];
      for (let attempt = 0; attempt <= limit; attempt += 1) spoofer.push(await guess('172.30.47.9', `198.51.100.${100 + attempt}`, attempt));
      expect(spoofer).toEqual([...Array(limit).fill(404), 429]);
    } finally {
      await server.close();
    }
  }, 30_000);
});

describe('the docker-compose cluster profile (issue 11)', () => {
  const clusterEnv = { ...deployment, SESSION_SECRET: 'c'.repeat(64) };
  const clusterServices = () => {
    const { services } = resolvedCompose(['--profile', 'cluster'], clusterEnv);
    const nodes = Object.entries(services)
      .filter(([, service]) => service.environment?.['NODE_ID'] !== undefined)
      .map(([name, service]) => ({ name, env: service.environment!, ports: service.ports ?? [] }));
    return { services, nodes };
  };

  it('adds HAProxy, three nodes, Redis and PostgreSQL only under the profile; the single-node services need none', () => {
    const { services, nodes } = clusterServices();
    expect(nodes.map((node) => node.name).sort()).toEqual(['node1', 'node2', 'node3']);
    for (const name of ['haproxy', 'redis', 'postgres', 'node1', 'node2', 'node3']) expect(services[name]!.profiles).toEqual(['cluster']);
    for (const name of ['app', 'proxy', 'turn']) expect(services[name]!.profiles).toBeUndefined();
    // Without the profile Compose still resolves the file as before (the first describe block checks what it holds).
    expect(Object.keys(resolvedCompose().services)).toEqual(expect.arrayContaining(['app', 'proxy', 'turn']));
  });

  it('gives each node its own NODE_ID and media ports, and all of them the same Redis, PostgreSQL and session secret', () => {
    const { services, nodes } = clusterServices();
    const settings = nodes.map((node) => ({ node, parsed: serverEnvSchema.parse(node.env) }));
    expect(nodes.map((node) => node.env['NODE_ID']).sort()).toEqual(['n1', 'n2', 'n3']);
    for (const key of ['REDIS_URL', 'DATABASE_URL', 'SESSION_SECRET']) expect(new Set(nodes.map((node) => node.env[key])).size).toBe(1);
    expect(nodes[0]!.env['SESSION_SECRET']).toBe(clusterEnv.SESSION_SECRET);
    expect(nodes[0]!.env['REDIS_URL']).toBe('redis://redis:6379');
    expect(new URL(nodes[0]!.env['DATABASE_URL']!).host).toBe('postgres:5432');
    const mediaPorts: number[] = [];
    for (const { node, parsed } of settings) {
      expect(parsed.MEDIA_ANNOUNCED_ADDRESS).toBe(deployment.PUBLIC_IP);
      const workerPorts = Array.from({ length: parsed.MEDIASOUP_WORKERS ?? 1 }, (_, index) => parsed.RTC_PORT + index);
      for (const protocol of ['udp', 'tcp']) {
        expect(node.ports.filter((port) => port.protocol === protocol && port.published === port.target).map((port) => port.target)).toEqual(workerPorts);
      }
      expect(node.ports.some((port) => port.target === parsed.PORT)).toBe(false);
      mediaPorts.push(...workerPorts);
    }
    const appSettings = serverEnvSchema.parse(services['app']!.environment);
    mediaPorts.push(...Array.from({ length: appSettings.MEDIASOUP_WORKERS ?? 1 }, (_, index) => appSettings.RTC_PORT + index));
    expect(new Set(mediaPorts).size).toBe(mediaPorts.length);
    // Rate limits key on the client address HAProxy forwards, believed from HAProxy only.
    for (const { parsed } of settings) expect(parsed.TRUST_PROXY).toEqual([services['haproxy']!.networks!['cluster']!.ipv4_address]);
  });

  it('routes with deploy/haproxy/cluster.cfg, which is exactly what haproxyConfig() generates for these nodes', () => {
    const { services, nodes } = clusterServices();
    const haproxy = services['haproxy']!;
    expect(haproxy.volumes).toContain(`${repoRoot}/deploy/haproxy/cluster.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro`);
    // Compose keeps a port with a host address as written: "127.0.0.1:8080:8080/tcp".
    const published = (haproxy.ports as unknown as string[]).map((port) => /^127\.0\.0\.1:(\d+):(\d+)\/tcp$/.exec(port));
    expect(published).toHaveLength(1);
    const listenPort = Number(published[0]![2]);
    const expected = haproxyConfig({
      bind: `:${listenPort}`,
      nodes: nodes.map((node) => ({ id: node.env['NODE_ID']!, host: node.name, port: serverEnvSchema.parse(node.env).PORT })).sort((a, b) => a.id.localeCompare(b.id)),
      dockerDns: true,
    });
    const committed = readFileSync(path.join(repoRoot, 'deploy/haproxy/cluster.cfg'), 'utf8');
    expect(committed, 'regenerate deploy/haproxy/cluster.cfg from haproxyConfig() (see this test for the options)').toBe(expected);
  });

  it('will not start a node without SESSION_SECRET: Compose passes an empty one that the node refuses', () => {
    const { services } = resolvedCompose(['--profile', 'cluster']);
    expect(services['node1']!.environment!['SESSION_SECRET']).toBe('');
    expect(serverEnvSchema.safeParse(services['node1']!.environment).success).toBe(false);
  });
});
