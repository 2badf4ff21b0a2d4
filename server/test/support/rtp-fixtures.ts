import type { RtpParameters } from '@peercircle/shared';

/** RTP parameters as a browser would send them; producing does not need connected transports. */
export const opusRtpParameters = (ssrc: number): RtpParameters => ({
  mid: '0',
  codecs: [
    { mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2, parameters: { useinbandfec: 1 }, rtcpFeedback: [] },
  ],
  headerExtensions: [],
  encodings: [{ ssrc }],
  rtcp: { cname: `cname-${ssrc}` },
});

export const vp8RtpParameters = (ssrc: number): RtpParameters => ({
  mid: '1',
  codecs: [{ mimeType: 'video/VP8', payloadType: 96, clockRate: 90000, rtcpFeedback: [{ type: 'nack' }] }],
  headerExtensions: [],
  encodings: [{ ssrc }],
  rtcp: { cname: `cname-${ssrc}` },
});
