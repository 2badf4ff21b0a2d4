import type { BrowserContext, Page } from '@playwright/test';

/** One join, timed in the page from the click on "Join" (ms). */
export interface JoinTiming {
  firstRemoteFrame: number;
  allRemoteFrames: number;
  /** Per remote video: its consumer's offer arriving in the page → its first frame decoded. */
  consumerToFrame: number[];
  /** Click → the `room:join` request leaving the page (the client's own work before asking). */
  clickToJoinSent: number;
  /** The `room:join` request leaving → its answer arriving (the server's door and media set-up). */
  joinRoundTrip: number;
}

// Page scripts are kept as source text because tsx wraps named functions in a `__name` helper that
// does not exist inside the browser.

/**
 * Notes when each consumer offer (an ack or event naming a `consumerId`) reaches the page: the
 * earliest moment the browser can know of a consumer the server created. mediasoup-client gives the
 * consumer's track the consumer's id, which links a decoded frame back to this moment.
 */
const RECORD_CONSUMER_OFFERS = `(() => {
  const seenAt = new Map();
  window.__consumerOfferAt = seenAt;
  window.__join = {};
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (typeof event.data !== 'string') return;
        const now = performance.now();
        // Only the join's answer carries the router's capabilities and the joiner's own identity.
        if (window.__join.sentAt && !window.__join.answeredAt && event.data.includes('"routerRtpCapabilities"') && event.data.includes('"self"')) window.__join.answeredAt = now;
        for (const match of event.data.matchAll(/"consumerId":"([^"]+)"/g)) if (!seenAt.has(match[1])) seenAt.set(match[1], now);
      });
    }
    send(data) {
      if (typeof data === 'string' && !window.__join.sentAt && data.includes('"room:join"')) window.__join.sentAt = performance.now();
      return super.send(data);
    }
  };
})()`;

/**
 * Clicks "Join" and waits until a frame of every one of `expected` remote videos has been presented
 * (requestVideoFrameCallback), or rejects after the timeout saying how many came.
 */
const CLICK_JOIN_AND_TIME_REMOTE_FRAMES = `async ([expected, timeoutMs]) => {
  const firstFrames = new Map();
  let poll;
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
          firstFrames.set(participantId, { at, consumerId: track ? track.id : '' });
          if (firstFrames.size >= expected) resolve();
        });
      });
    poll = setInterval(watch, 5);
    setTimeout(() => {
      reject(new Error('only ' + firstFrames.size + ' of ' + expected + ' remote videos within ' + timeoutMs + ' ms'));
    }, timeoutMs);
    watch();
  });
  const joinButton = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Join');
  if (!joinButton) throw new Error('no Join button');
  window.__join = {};
  const clickedAt = performance.now();
  joinButton.click();
  await allPresented.finally(() => clearInterval(poll));
  const frames = [...firstFrames.values()];
  const offerAt = window.__consumerOfferAt;
  return {
    firstRemoteFrame: Math.min(...frames.map((f) => f.at)) - clickedAt,
    allRemoteFrames: Math.max(...frames.map((f) => f.at)) - clickedAt,
    consumerToFrame: frames.filter((f) => offerAt.has(f.consumerId)).map((f) => f.at - offerAt.get(f.consumerId)),
    clickToJoinSent: window.__join.sentAt - clickedAt,
    joinRoundTrip: window.__join.answeredAt - window.__join.sentAt,
  };
}`;

/** Call before the page opens. */
export async function recordConsumerOffers(context: BrowserContext): Promise<void> {
  await context.addInitScript(RECORD_CONSUMER_OFFERS);
}

export async function timeJoin(page: Page, expectedRemoteVideos: number, timeoutMs = 20_000): Promise<JoinTiming> {
  const timeJoinInPage = page.evaluate(`(${CLICK_JOIN_AND_TIME_REMOTE_FRAMES})([${expectedRemoteVideos}, ${timeoutMs}])`);
  return (await timeJoinInPage) as JoinTiming;
}
