import type { types } from 'mediasoup-client';

/**
 * Three simulcast layers (quarter, half, full resolution); the SFU forwards the layer each viewer
 * can take, so a weak connection in the circle does not degrade everyone else's picture.
 */
export const CAMERA_SIMULCAST_ENCODINGS: types.RtpEncodingParameters[] = [
  { rid: 'r0', scaleResolutionDownBy: 4, maxBitrate: 120_000, scalabilityMode: 'L1T3' },
  { rid: 'r1', scaleResolutionDownBy: 2, maxBitrate: 350_000, scalabilityMode: 'L1T3' },
  { rid: 'r2', scaleResolutionDownBy: 1, maxBitrate: 900_000, scalabilityMode: 'L1T3' },
];

export const CAMERA_CODEC_OPTIONS: types.ProducerCodecOptions = { videoGoogleStartBitrate: 600 };

/** The lowest simulcast layer that still looks sharp at a tile's width in device pixels. */
export function spatialLayerForWidth(devicePixels: number): number {
  if (devicePixels <= 200) return 0;
  if (devicePixels <= 400) return 1;
  return 2;
}
