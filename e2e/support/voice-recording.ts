import { existsSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SAMPLE_RATE = 48_000;
const SECONDS = 10;

/**
 * A WAV file of continuous voice-like sound (a gliding pitch with harmonics, four syllables a second)
 * for Chromium's fake microphone. Chromium's own fake microphone beeps for about 60 ms every 500 ms,
 * which averages far below the SFU's speech threshold; this one is heard all the time, so "how much
 * voice" is exactly "how long the SFU forwarded it". Written once per machine; the path is returned.
 */
export function voiceRecording(): string {
  return monoWavOnce('peercircle-e2e-voice-v1.wav', (t) => {
    const pitch = 140 + 30 * Math.sin(2 * Math.PI * 0.7 * t);
    let voice = 0;
    for (let harmonic = 1; harmonic <= 8; harmonic += 1) voice += Math.sin(2 * Math.PI * pitch * harmonic * t + harmonic) / harmonic;
    const syllables = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4 * t);
    return 0.15 * syllables * voice;
  });
}

/** A WAV file of digital silence: a microphone in a quiet room, muted by nobody. */
export function silentRecording(): string {
  return monoWavOnce('peercircle-e2e-silence-v1.wav', () => 0);
}

/** Writes `SECONDS` of 16-bit mono PCM from `sampleAt(seconds)` (−1…1) to the temp folder, once per machine. */
function monoWavOnce(name: string, sampleAt: (t: number) => number): string {
  const file = path.join(os.tmpdir(), name);
  if (existsSync(file)) return file;
  const samples = SAMPLE_RATE * SECONDS;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i += 1) {
    wav.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sampleAt(i / SAMPLE_RATE))) * 32_767), 44 + i * 2);
  }
  // Written aside and renamed, so a parallel run never reads half a file.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, wav);
  renameSync(partial, file);
  return file;
}
