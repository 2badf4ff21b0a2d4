import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HostReply, HostRequest } from './protocol';

/** Omit on each member of a union. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
/** A request before it gets its id. */
type Request = WithoutId<HostRequest>;

/** One child process holding light participants (see host-process.ts). */
class LightHost {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: HostReply) => void>();

  constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: HostReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    child.on('exit', (code, signal) => {
      const message = `light host exited (${signal ?? code})`;
      this.pending.forEach((resolve, id) => resolve({ id, type: 'failed', message }));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  async ask<T extends HostReply['type']>(request: Request, expected: T): Promise<Extract<HostReply, { type: T }>> {
    const id = (this.nextId += 1);
    const reply = await new Promise<HostReply>((resolve) => {
      this.pending.set(id, resolve);
      this.child.send({ ...request, id } as HostRequest);
    });
    if (reply.type === 'failed') throw new Error(reply.message);
    if (reply.type !== expected) throw new Error(`light host answered ${reply.type}, not ${expected}`);
    return reply as Extract<HostReply, { type: T }>;
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

export interface LightHosts {
  pids(): number[];
  /**
   * Joins a circle of light participants, all in the host with the fewest so far; the first `speaking`
   * talk, the last `hidden` receive no video (as from a hidden tab).
   */
  fillCircle(baseUrl: string, demoRoom: string, displayNames: string[], speaking: number, hidden: number): Promise<void>;
  /** Consumers open per light participant, and RTP packets received so far, over all hosts. */
  counts(): Promise<{ consumers: number[]; packets: number }>;
  close(): void;
}

/** `count` child processes (this process's Node options, so tsx too) that host light participants. */
export function startLightHosts(count: number): LightHosts {
  const script = fileURLToPath(new URL('./host-process.ts', import.meta.url));
  const hosts = Array.from({ length: count }, () => new LightHost(fork(script, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })));
  const circlesOf = new Map(hosts.map((host) => [host, 0]));
  return {
    pids: () => hosts.map((host) => host.pid),
    async fillCircle(baseUrl, demoRoom, displayNames, speaking, hidden) {
      const host = hosts.reduce((least, host) => (circlesOf.get(host)! < circlesOf.get(least)! ? host : least));
      circlesOf.set(host, circlesOf.get(host)! + 1);
      await host.ask({ type: 'fill', baseUrl, demoRoom, displayNames, speaking, hidden }, 'filled');
    },
    async counts() {
      const replies = await Promise.all(hosts.map((host) => host.ask({ type: 'count' }, 'counts')));
      return { consumers: replies.flatMap((reply) => reply.consumers), packets: replies.reduce((total, reply) => total + reply.packets, 0) };
    },
    close: () => hosts.forEach((host) => host.close()),
  };
}
