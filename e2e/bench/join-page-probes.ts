/**
 * The page side of the join benchmark, kept as source text because tsx wraps named functions in a
 * `__name` helper that does not exist inside the browser.
 *
 * RECORD_JOIN_EVENTS runs before the page's own code and notes, in `window.__join`:
 * - when each consumer offer (an ack or event naming a `consumerId`) reaches the page: the earliest
 *   moment the browser can know of a consumer the server created. mediasoup-client gives the
 *   consumer's track the consumer's id, which links everything below back to that moment;
 * - when the `room:join` request leaves and its answer arrives;
 * - per consumer, when its `media:resumeConsumer` request leaves and its ack arrives (socket.io
 *   packets `42<id>[…]` and `43<id>[…]`), and when its receive negotiation finished (the answer
 *   set on the receiving RTCPeerConnection after its track appeared);
 * - when the receiving transport's `media:connectTransport` left and was acked, and when that
 *   RTCPeerConnection reached `connected` (ICE + DTLS), and when the SFU's first offer was set on it;
 * - the page's long tasks (main thread busy ≥ 50 ms);
 * - when the first RTCPeerConnection was closed: mediasoup-client's Device.load() probes the
 *   browser's codecs with one, so that is when the device preloaded behind the pre-join screen is ready.
 */
export const RECORD_JOIN_EVENTS = `(() => {
  const join = { offerAt: new Map(), resumeSentAt: new Map(), resumeAckedAt: new Map(), trackAt: new Map(), negotiatedAt: new Map(), pendingAcks: new Map(), recvPcs: [] };
  window.__join = join;
  join.longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((task) => join.longTasks.push([task.startTime, task.duration]))).observe({ type: 'longtask' });
  window.__resetJoin = () => {
    for (const key of ['sentAt', 'answeredAt', 'recvTransportId', 'connectSentAt', 'connectAckedAt', 'recvConnectedAt', 'recvOfferSetAt']) delete join[key];
    join.pendingAcks.clear();
    join.recvPcs = [];
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (typeof event.data !== 'string') return;
        const now = performance.now();
        // Only the join's answer carries the router's capabilities and the joiner's own identity.
        if (join.sentAt && !join.answeredAt && event.data.includes('"routerRtpCapabilities"') && event.data.includes('"self"')) {
          join.answeredAt = now;
          const answer = JSON.parse(event.data.replace(/^43\\d+/, ''))[0];
          join.recvTransportId = answer && answer.data && answer.data.media ? answer.data.media.recv.transportId : undefined;
        }
        for (const match of event.data.matchAll(/"consumerId":"([^"]+)"/g)) if (!join.offerAt.has(match[1])) join.offerAt.set(match[1], now);
        const ack = /^43(\\d+)/.exec(event.data);
        const pending = ack && join.pendingAcks.get(ack[1]);
        if (!pending) return;
        join.pendingAcks.delete(ack[1]);
        if (pending === 'connect') join.connectAckedAt ??= now;
        else if (!join.resumeAckedAt.has(pending)) join.resumeAckedAt.set(pending, now);
      });
    }
    send(data) {
      if (typeof data === 'string') {
        const now = performance.now();
        if (!join.sentAt && data.includes('"room:join"')) join.sentAt = now;
        const request = /^42(\\d+)\\["(media:resumeConsumer|media:connectTransport)",(.*)\\]$/s.exec(data);
        if (request && request[2] === 'media:resumeConsumer') {
          const consumerId = JSON.parse(request[3]).consumerId;
          join.pendingAcks.set(request[1], consumerId);
          if (!join.resumeSentAt.has(consumerId)) join.resumeSentAt.set(consumerId, now);
        } else if (request && join.connectSentAt === undefined && JSON.parse(request[3]).transportId === join.recvTransportId) {
          join.pendingAcks.set(request[1], 'connect');
          join.connectSentAt = now;
        }
      }
      return super.send(data);
    }
  };
  const NativePc = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends NativePc {
    constructor(...args) {
      super(...args);
      this.__unanswered = [];
      this.addEventListener('track', (event) => {
        const id = event.track.id;
        if (!join.trackAt.has(id)) join.trackAt.set(id, performance.now());
        this.__unanswered.push(id);
      });
      this.addEventListener('connectionstatechange', () => {
        if (this.connectionState === 'connected' && join.recvPcs.includes(this) && join.recvConnectedAt === undefined) join.recvConnectedAt = performance.now();
      });
    }
    close() {
      join.firstPcClosedAt ??= performance.now();
      return super.close();
    }
    async setRemoteDescription(description) {
      // mediasoup-client's receiving side is the one that is offered media by the SFU.
      if (description && description.type === 'offer' && !join.recvPcs.includes(this)) {
        join.recvPcs.push(this);
        join.recvOfferSetAt = performance.now();
      }
      return super.setRemoteDescription(description);
    }
    async setLocalDescription(description) {
      const result = await super.setLocalDescription(description);
      if (join.recvPcs.includes(this)) {
        const now = performance.now();
        for (const id of this.__unanswered.splice(0)) if (!join.negotiatedAt.has(id)) join.negotiatedAt.set(id, now);
      }
      return result;
    }
  };
})()`;

/**
 * Clicks "Join" and waits until a frame of every one of `expected` remote videos has been presented
 * (requestVideoFrameCallback), or rejects after the timeout saying how many came. Meanwhile it polls
 * the receiving connection's stats for each video's first packet and first decoded frame.
 */
export const CLICK_JOIN_AND_TIME_REMOTE_FRAMES = `async ([expected, timeoutMs]) => {
  const firstFrames = new Map();
  const firstPacketAt = new Map();
  const firstDecodedAt = new Map();
  const jitterBufferMs = new Map();
  let poll;
  let statsPoll;
  let polling = false;
  const pollStats = async () => {
    if (polling) return;
    polling = true;
    try {
      for (const pc of window.__join.recvPcs) {
        const now = performance.now();
        const report = await pc.getStats();
        report.forEach((stat) => {
          if (stat.type !== 'inbound-rtp' || stat.kind !== 'video' || !stat.trackIdentifier) return;
          const id = stat.trackIdentifier;
          if (stat.packetsReceived > 0 && !firstPacketAt.has(id)) firstPacketAt.set(id, now);
          if (stat.framesDecoded > 0 && !firstDecodedAt.has(id)) firstDecodedAt.set(id, now);
          if (stat.jitterBufferEmittedCount > 0) jitterBufferMs.set(id, (1000 * stat.jitterBufferDelay) / stat.jitterBufferEmittedCount);
        });
      }
    } finally {
      polling = false;
    }
  };
  const allPresented = new Promise((resolve, reject) => {
    // A tile's stream and visibility change as its tracks arrive (audio, then video); each change
    // registers another callback rather than trusting one made before it to survive.
    const registeredFor = new WeakMap();
    const watch = () =>
      document.querySelectorAll('[data-participant-id]:not([data-self]) video').forEach((video) => {
        const state = registeredFor.get(video);
        if (state && state.stream === video.srcObject && state.hidden === video.hidden) return;
        registeredFor.set(video, { stream: video.srcObject, hidden: video.hidden });
        video.requestVideoFrameCallback(() => {
          const at = performance.now();
          const participantId = video.closest('[data-participant-id]')?.dataset.participantId;
          const track = video.srcObject instanceof MediaStream ? video.srcObject.getVideoTracks()[0] : undefined;
          if (!participantId || firstFrames.has(participantId)) return;
          firstFrames.set(participantId, { at, consumerId: track ? track.id : '', participantId });
          if (firstFrames.size >= expected) resolve();
        });
      });
    poll = setInterval(watch, 5);
    statsPoll = setInterval(pollStats, 10);
    setTimeout(() => {
      reject(new Error('only ' + firstFrames.size + ' of ' + expected + ' remote videos within ' + timeoutMs + ' ms'));
    }, timeoutMs);
    watch();
  });
  const joinButton = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Join');
  if (!joinButton) throw new Error('no Join button');
  window.__resetJoin();
  const join = window.__join;
  const clickedAt = performance.now();
  joinButton.click();
  await allPresented.finally(() => clearInterval(poll));
  // The stats poll may lag the frame callback by one interval: one more look fills in the last video.
  clearInterval(statsPoll);
  while (polling) await new Promise((resolve) => setTimeout(resolve, 1));
  await pollStats();
  const frames = [...firstFrames.values()];
  const since = (map, id, from) => (map.has(id) ? map.get(id) - from : null);
  return {
    firstRemoteFrame: Math.min(...frames.map((f) => f.at)) - clickedAt,
    allRemoteFrames: Math.max(...frames.map((f) => f.at)) - clickedAt,
    consumerToFrame: frames.filter((f) => join.offerAt.has(f.consumerId)).map((f) => f.at - join.offerAt.get(f.consumerId)),
    clickToJoinSent: join.sentAt - clickedAt,
    joinRoundTrip: join.answeredAt - join.sentAt,
    clickedAtEpoch: performance.timeOrigin + clickedAt,
    clickToDeviceLoaded: join.firstPcClosedAt === undefined ? null : join.firstPcClosedAt - clickedAt,
    answerToRecvNegotiationStart: join.recvOfferSetAt === undefined ? null : join.recvOfferSetAt - join.answeredAt,
    longTasksMs: join.longTasks.filter(([start]) => start >= clickedAt).reduce((sum, [, duration]) => sum + duration, 0),
    clickToRecvConnectSent: join.connectSentAt === undefined ? null : join.connectSentAt - clickedAt,
    recvConnectRoundTrip: join.connectAckedAt === undefined ? null : join.connectAckedAt - join.connectSentAt,
    clickToRecvConnected: join.recvConnectedAt === undefined ? null : join.recvConnectedAt - clickedAt,
    consumers: frames.filter((f) => join.offerAt.has(f.consumerId)).map((f) => {
      const offerAt = join.offerAt.get(f.consumerId);
      return {
        participantId: f.participantId,
        offerAtEpoch: performance.timeOrigin + offerAt,
        offerToNegotiated: since(join.negotiatedAt, f.consumerId, offerAt),
        offerToResumeSent: since(join.resumeSentAt, f.consumerId, offerAt),
        offerToResumeAcked: since(join.resumeAckedAt, f.consumerId, offerAt),
        offerToRecvConnected: join.recvConnectedAt === undefined ? null : join.recvConnectedAt - offerAt,
        offerToFirstPacket: since(firstPacketAt, f.consumerId, offerAt),
        offerToFirstDecoded: since(firstDecodedAt, f.consumerId, offerAt),
        offerToFrame: f.at - offerAt,
        jitterBufferMs: jitterBufferMs.get(f.consumerId) ?? null,
      };
    }),
  };
}`;
