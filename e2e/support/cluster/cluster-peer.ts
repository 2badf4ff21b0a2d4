import { EventEmitter } from 'node:events';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION, type Ack, type JoinRoomRequest, type JoinRoomResult, type SessionSnapshot } from '@peercircle/shared';
import type { PeerSocket } from '../peer-socket';

/** A join that reached the circle: where, and the state it brought back. */
export interface ClusterJoin {
  node: string;
  session: SessionSnapshot;
  at: number;
}

interface ClusterPeerEvents {
  /** After a dropped connection: in the circle again, with a fresh snapshot. */
  rejoined: [join: ClusterJoin];
  /** The server ended the connection deliberately (removed, signed out): no way back. */
  expelled: [at: number];
}

const MAX_MOVES = 6;

export interface ClusterPeerOptions {
  /** Go to this node first (`?node=`), as a client that already knows the circle's owner does. */
  node?: string;
}

/**
 * A participant without a browser (signed in for a cohort session; a guest in a demo room) that behaves like the web client in a cluster: it joins
 * through the load balancer, follows `wrong_node` to the circle's node, stays pinned there (`?node=`),
 * and after a dropped connection reconnects and joins again by itself (socket.io's reconnection, then
 * the same join). Tests read when it was back and what it saw.
 */
export class ClusterPeer extends EventEmitter<ClusterPeerEvents> {
  readonly socket: PeerSocket;
  lastJoin: ClusterJoin | null = null;
  private joining: Promise<ClusterJoin> | null = null;

  private constructor(
    baseUrl: string,
    loginCookie: string | undefined,
    private readonly joinRequest: JoinRoomRequest,
    options: ClusterPeerOptions,
  ) {
    super();
    this.socket = io(baseUrl, {
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 1_000,
      randomizationFactor: 0,
      auth: { protocolVersion: PROTOCOL_VERSION },
      ...(loginCookie ? { extraHeaders: { cookie: loginCookie } } : {}),
      ...(options.node ? { query: { node: options.node } } : {}),
    });
    this.socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') this.emit('expelled', Date.now());
    });
    this.socket.io.on('reconnect', () => {
      void this.join().then(
        (join) => this.emit('rejoined', join),
        () => undefined,
      );
    });
  }

  static enter(baseUrl: string, loginCookie: string, sessionId: string, options: ClusterPeerOptions = {}): Promise<ClusterPeer> {
    return ClusterPeer.arrive(new ClusterPeer(baseUrl, loginCookie, { sessionId }, options));
  }

  /** A guest in a demo room (servers with DEMO_ROOMS=1), placed like a cohort session under `demo:<name>`. */
  static enterDemoRoom(baseUrl: string, demoRoom: string, displayName: string, options: ClusterPeerOptions = {}): Promise<ClusterPeer> {
    return ClusterPeer.arrive(new ClusterPeer(baseUrl, undefined, { demoRoom, displayName }, options));
  }

  private static async arrive(peer: ClusterPeer): Promise<ClusterPeer> {
    try {
      await peer.connected();
      await peer.join();
      return peer;
    } catch (error) {
      peer.close();
      throw error;
    }
  }

  get node(): string | undefined {
    return (this.socket.io.opts.query as Record<string, string> | undefined)?.['node'];
  }

  /** Sends a request and returns the raw ack. */
  async send(event: string, payload: unknown): Promise<Ack<unknown>> {
    const emitter = this.socket.timeout(15_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<unknown>> };
    return emitter.emitWithAck(event, payload);
  }

  async request<T>(event: string, payload: unknown): Promise<T> {
    const reply = await this.send(event, payload);
    if (!reply.ok) throw new Error(`${event} refused: ${reply.error.code} ${reply.error.message}`);
    return reply.data as T;
  }

  nextRejoin(timeoutMs: number): Promise<ClusterJoin> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('not back in the circle in time')), timeoutMs);
      this.once('rejoined', (join) => {
        clearTimeout(timer);
        resolve(join);
      });
    });
  }

  close(): void {
    this.socket.removeAllListeners();
    this.socket.io.removeAllListeners();
    this.socket.disconnect();
  }

  /** Joins the circle, following `wrong_node` and waiting out `unavailable` (a circle moving nodes). */
  join(): Promise<ClusterJoin> {
    this.joining ??= this.joinOnce().finally(() => (this.joining = null));
    return this.joining;
  }

  private async joinOnce(): Promise<ClusterJoin> {
    for (let attempt = 0; attempt < MAX_MOVES * 4; attempt += 1) {
      const reply = await this.send('room:join', this.joinRequest);
      if (reply.ok) {
        const joined = reply.data as JoinRoomResult;
        if (!joined.node) throw new Error('the join named no node: is the server in cluster mode?');
        this.pin(joined.node);
        this.lastJoin = { node: joined.node, session: joined.session, at: Date.now() };
        return this.lastJoin;
      }
      if (reply.error.code === 'wrong_node' && reply.error.node) {
        this.pin(reply.error.node);
        this.socket.disconnect();
        this.socket.connect();
        await this.connected();
      } else if (reply.error.code === 'unavailable') {
        await new Promise((resolve) => setTimeout(resolve, 250));
      } else {
        throw new Error(`room:join refused: ${reply.error.code} ${reply.error.message}`);
      }
    }
    throw new Error('room:join kept being sent elsewhere');
  }

  private pin(node: string): void {
    this.socket.io.opts.query = { ...(this.socket.io.opts.query as Record<string, string> | undefined), node };
  }

  private connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('could not connect')), 15_000);
      this.socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
