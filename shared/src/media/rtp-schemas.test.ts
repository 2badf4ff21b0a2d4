import { describe, expect, it } from 'vitest';
import { dtlsParametersSchema, rtpParametersSchema } from './rtp-schemas';

const opus = { mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 };

describe('rtpParametersSchema', () => {
  it('accepts a browser-like audio description', () => {
    const parsed = rtpParametersSchema.parse({ mid: '0', codecs: [opus], encodings: [{ ssrc: 1 }], rtcp: { cname: 'x' } });
    expect(parsed.codecs[0]?.mimeType).toBe('audio/opus');
  });

  it('bounds the size of what a client can send', () => {
    expect(rtpParametersSchema.safeParse({ codecs: [] }).success).toBe(false);
    expect(rtpParametersSchema.safeParse({ codecs: Array(17).fill(opus) }).success).toBe(false);
    expect(rtpParametersSchema.safeParse({ codecs: [opus], encodings: Array(5).fill({}) }).success).toBe(false);
    expect(rtpParametersSchema.safeParse({ codecs: [{ ...opus, payloadType: 300 }] }).success).toBe(false);
  });

  it('drops unknown fields instead of passing them on to the SFU', () => {
    const parsed = rtpParametersSchema.parse({ codecs: [opus], participantId: 'someone-else' });
    expect(parsed).not.toHaveProperty('participantId');
  });
});

describe('dtlsParametersSchema', () => {
  it('requires at least one fingerprint of a known algorithm', () => {
    expect(dtlsParametersSchema.safeParse({ fingerprints: [] }).success).toBe(false);
    expect(dtlsParametersSchema.safeParse({ fingerprints: [{ algorithm: 'md5', value: 'AA' }] }).success).toBe(false);
    expect(dtlsParametersSchema.safeParse({ role: 'client', fingerprints: [{ algorithm: 'sha-256', value: 'AA' }] }).success).toBe(true);
  });
});
