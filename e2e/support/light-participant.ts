import {
  Device,
  MediaStreamTrack,
  RTCRtpCodecParameters,
  RtcpRrPacket,
  useAbsSendTime,
  useSdesMid,
  type RtcpPacket,
  type types,
} from 'msc-node';
import type { MediaKind, MediaSource, RtpCapabilities, RtpParameters, TransportParams } from '@peercircle/shared';
import { keepIceConsent } from './light-media/ice-consent';
import { opusSilence, opusTone } from './light-media/opus-tone';
import { receiveEveryone, type Reception } from './light-media/receive-all';
import { playLoop, type FrameLoop, type LoopPlayer } from './light-media/rtp-loop';
import { vp8Clip } from './light-media/vp8-clip';
import { vp8Payloads } from './light-media/vp8-payloads';
import { connectPeerSocket, request, type PeerSocket } from './peer-socket';

/**
 * Someone in a demo room who sends real audio and video without a browser: Node's WebRTC (werift,
 * driven by msc-node, a mediasoup-client port) publishes a looped synthetic VP8 clip (320×180 at
 * 15 fps) and an Opus tone through the same signalling the web client uses, or, joined `silent`,
 * what the web client's microphone sends in a quiet room (Opus DTX: a packet every 200 ms). It
 * receives nothing, unless joined with `receive`: then it consumes everyone else's media (counted,
 * not decoded).
 */
export interface LightParticipant {
  participantId: string;
  displayName: string;
  /** What the SFU says it received from us, per kind, from its latest RTCP receiver report. */
  receivedBySfu(): Record<MediaKind, SfuReception | null>;
  /** What it consumes from everyone else, when joined with `receive`. */
  reception: Reception | null;
  /** When keyframe requests (PLI) for our video arrived, as epoch ms (performance.timeOrigin + now). */
  keyframeRequestsAt: readonly number[];
  close(): void;
}

export interface SfuReception {
  /** Extended highest RTP sequence number the SFU has seen (grows while media arrives). */
  highestSequence: number;
  packetsLost: number;
  reports: number;
}

interface MediaLoops {
  video: FrameLoop;
  audio: FrameLoop;
  silence: FrameLoop;
}
let loops: MediaLoops | null = null;

/**
 * Chromium with DTX sent 5 packets a second from a silent microphone (e2e/tests/microphone-dtx.spec.ts).
 */
const SILENT_PACKET_INTERVAL_MS = 200;

/** The clip, the tone and silence, encoded on first use and shared by every light participant. */
function mediaLoops(): MediaLoops {
  if (loops) return loops;
  const clip = vp8Clip();
  const tone = opusTone();
  const silence = opusSilence();
  loops = {
    video: {
      clockRate: 90_000,
      frameIntervalMs: 1000 / clip.fps,
      frameCount: clip.frames.length,
      payloads: (index, sent) => vp8Payloads(clip.frames[index]!.data, sent & 0x7fff),
      keyframes: clip.frames.flatMap((frame, index) => (frame.keyframe ? [index] : [])),
    },
    audio: { clockRate: 48_000, frameIntervalMs: 20, frameCount: tone.length, payloads: (index) => [tone[index]!] },
    silence: { clockRate: 48_000, frameIntervalMs: SILENT_PACKET_INTERVAL_MS, frameCount: 1, payloads: () => [silence] },
  };
  return loops;
}

/** What werift offers the SFU: VP8 and Opus only, with the feedback mediasoup uses. */
function weriftCapabilities() {
  return {
    codecs: {
      audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48_000, channels: 2 })],
      video: [
        new RTCRtpCodecParameters({
          mimeType: 'video/VP8',
          clockRate: 90_000,
          rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'goog-remb' }],
        }),
      ],
    },
    headerExtensions: { audio: [useSdesMid()], video: [useSdesMid(), useAbsSendTime()] },
  };
}

/** Joins a demo room the way the web client does when its device was loaded ahead of the click. */
export async function joinLightParticipant(
  baseUrl: string,
  demoRoom: string,
  displayName: string,
  options: { receive?: boolean; silent?: boolean; videoHidden?: boolean } = {},
): Promise<LightParticipant> {
  const socket = await connectPeerSocket(baseUrl);
  const players: LoopPlayer[] = [];
  const transports: types.Transport[] = [];
  const consentLoops: (() => void)[] = [];
  const stop = () => {
    players.forEach((player) => player.stop());
    consentLoops.forEach((stopConsent) => stopConsent());
    transports.forEach((transport) => transport.close());
    socket.disconnect();
  };
  const open = (params: TransportParams, iceServers: types.TransportOptions['iceServers'], device: Device) => {
    const transport = openTransport(socket, device, params, iceServers);
    transports.push(transport);
    consentLoops.push(keepIceConsent(transport));
    return transport;
  };
  const reception = options.receive ? receiveEveryone(socket, { videoHidden: options.videoHidden }) : null;
  try {
    const { routerRtpCapabilities } = await request(socket, 'media:getRouterCapabilities', {});
    const device = new Device(weriftCapabilities(), { handlerName: 'werift' });
    await device.load({ routerRtpCapabilities: routerRtpCapabilities as types.RtpCapabilities });
    const joined = await request(socket, 'room:join', {
      demoRoom,
      displayName,
      rtpCapabilities: device.rtpCapabilities as RtpCapabilities,
    });
    const sendParams = joined.media?.send ?? (await request(socket, 'media:createTransport', { direction: 'send' }));
    const transport = open(sendParams, joined.iceServers, device);
    if (reception && joined.media) reception.start(open(joined.media.recv, joined.iceServers, device), joined.media.consumers);
    const sfuReception: Record<MediaKind, SfuReception | null> = { audio: null, video: null };
    const { video, ...sounds } = mediaLoops();
    const audio = options.silent ? sounds.silence : sounds.audio;
    const keyframeRequestsAt: number[] = [];
    const onKeyframeRequest = () => keyframeRequestsAt.push(performance.timeOrigin + performance.now());
    for (const [source, loop] of [['mic', audio], ['camera', video]] as const) {
      const onReport = (report: SfuReception) => (sfuReception[source === 'mic' ? 'audio' : 'video'] = report);
      players.push(await publish(transport, source, loop, onReport, onKeyframeRequest));
    }
    return {
      participantId: joined.self.participantId,
      displayName: joined.self.displayName,
      receivedBySfu: () => ({ ...sfuReception }),
      reception,
      keyframeRequestsAt,
      close: stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** The SFU's transport (send or recv) on this side, connected and produced on through our signalling. */
function openTransport(socket: PeerSocket, device: Device, params: TransportParams, iceServers: types.TransportOptions['iceServers']): types.Transport {
  const create = params.direction === 'send' ? device.createSendTransport.bind(device) : device.createRecvTransport.bind(device);
  const transport = create({
    id: params.transportId,
    iceParameters: params.iceParameters,
    // msc-node predates mediasoup's rename of a candidate's `ip` to `address`.
    iceCandidates: params.iceCandidates.map((candidate) => ({ ...candidate, ip: candidate.address }) as unknown as types.IceCandidate),
    dtlsParameters: params.dtlsParameters as types.DtlsParameters,
    iceServers: iceServers ?? [],
  });
  transport.on('connect', ({ dtlsParameters }, callback, errback) => {
    request(socket, 'media:connectTransport', { transportId: transport.id, dtlsParameters })
      .then(() => callback())
      .catch(errback);
  });
  transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
    request(socket, 'media:produce', {
      transportId: transport.id,
      kind,
      source: appData['source'] as MediaSource,
      rtpParameters: rtpParameters as RtpParameters,
      paused: false,
    })
      .then(({ producerId }) => callback({ id: producerId }))
      .catch(errback);
  });
  return transport;
}

/** Produces one looped source; keyframe requests (PLI) from the SFU restart the video at a keyframe. */
async function publish(
  transport: types.Transport,
  source: MediaSource,
  loop: FrameLoop,
  onReport: (reception: SfuReception) => void,
  onKeyframeRequest: () => void,
): Promise<LoopPlayer> {
  const track = new MediaStreamTrack({ kind: source === 'mic' ? 'audio' : 'video' });
  const producer = await transport.produce({ track, appData: { source } });
  const sender = producer.rtpSender;
  if (!sender) throw new Error('werift gave no RTP sender');
  const player = playLoop(track, loop);
  sender.onPictureLossIndication.subscribe(() => {
    onKeyframeRequest();
    player.requestKeyframe();
  });
  let reports = 0;
  sender.onRtcp.subscribe((packet: RtcpPacket) => {
    if (!(packet instanceof RtcpRrPacket)) return;
    const report = packet.reports.find((r) => r.ssrc === sender.ssrc);
    if (report) onReport({ highestSequence: report.highestSequence, packetsLost: report.packetsLost, reports: (reports += 1) });
  });
  return player;
}
