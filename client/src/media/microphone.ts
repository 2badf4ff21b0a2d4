import type { types } from 'mediasoup-client';

/**
 * Opus DTX: a microphone that hears silence sends a packet every few hundred milliseconds instead of
 * every 20 ms (Chromium, digital silence: 50.8 → 5.4 packets/s). In a circle one person speaks and
 * the others listen, and the SFU sends every packet to everyone else, so listeners' silence was
 * most of what a worker forwarded (bench:capacity).
 */
export const MICROPHONE_CODEC_OPTIONS: types.ProducerCodecOptions = { opusDtx: true };
