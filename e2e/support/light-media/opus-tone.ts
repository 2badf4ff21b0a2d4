import OpusScript from 'opusscript';

const SAMPLE_RATE = 48_000;
const FRAME_SAMPLES = 960; // 20 ms
const TONE_HZ = 440; // a whole number of cycles per second, so the one-second loop has no click
const AMPLITUDE = 0.1 * 32_767; // about −20 dBFS

/** One second of a 440 Hz mono tone as 50 Opus packets of 20 ms, encoded with libopus (WebAssembly). */
export function opusTone(): Buffer[] {
  const encoder = new OpusScript(SAMPLE_RATE, 1, OpusScript.Application.AUDIO);
  try {
    const packets: Buffer[] = [];
    for (let frame = 0; frame < SAMPLE_RATE / FRAME_SAMPLES; frame += 1) {
      const pcm = Buffer.alloc(FRAME_SAMPLES * 2);
      for (let i = 0; i < FRAME_SAMPLES; i += 1) {
        const t = (frame * FRAME_SAMPLES + i) / SAMPLE_RATE;
        pcm.writeInt16LE(Math.round(AMPLITUDE * Math.sin(2 * Math.PI * TONE_HZ * t)), i * 2);
      }
      packets.push(Buffer.from(encoder.encode(pcm, FRAME_SAMPLES)));
    }
    return packets;
  } finally {
    encoder.delete();
  }
}

/** One 20 ms Opus packet of silence: what a microphone with DTX sends now and then while nobody speaks. */
export function opusSilence(): Buffer {
  const encoder = new OpusScript(SAMPLE_RATE, 1, OpusScript.Application.AUDIO);
  try {
    return Buffer.from(encoder.encode(Buffer.alloc(FRAME_SAMPLES * 2), FRAME_SAMPLES));
  } finally {
    encoder.delete();
  }
}
