import { useEffect, useState } from 'react';

/** Quieter than this reads as silence on the meter; 0 dBFS is full scale. */
const FLOOR_DB = -60;
/** How much of the previous reading survives a tenth of a second: the needle falls, it does not jump. */
const FALL_PER_TICK = 0.7;
const TICK_MS = 100;

/** A meter position (0–1) from a signal's RMS, on a decibel scale so speech sits mid-way. */
export function meterLevel(rms: number, previous = 0): number {
  const db = rms > 0 ? 20 * Math.log10(rms) : FLOOR_DB;
  const level = Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
  return Math.max(level, previous * FALL_PER_TICK);
}

/** The live level of the stream's microphone, ten times a second; 0 without one. */
export function useMicLevel(stream: MediaStream | null): number {
  const [level, setLevel] = useState(0);
  const track = stream?.getAudioTracks()[0] ?? null;
  useEffect(() => {
    setLevel(0);
    if (!track) return;
    let context: AudioContext;
    try {
      context = new AudioContext();
    } catch {
      return;
    }
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    void context.resume().catch(() => undefined);
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      setLevel((previous) => meterLevel(Math.sqrt(sum / samples.length), previous));
    }, TICK_MS);
    return () => {
      clearInterval(timer);
      source.disconnect();
      void context.close().catch(() => undefined);
    };
  }, [track]);
  return level;
}

type SinkableAudio = HTMLAudioElement & { setSinkId?(sinkId: string): Promise<void> };

/**
 * Plays a short two-note sound through `audio`, on the chosen output where the browser can choose;
 * resolves when it has finished.
 */
export async function playTestSound(audio: SinkableAudio, speakerId: string | null): Promise<void> {
  const context = new AudioContext();
  try {
    const destination = context.createMediaStreamDestination();
    const start = context.currentTime + 0.05;
    [523.25, 783.99].forEach((frequency, index) => {
      const at = start + index * 0.35;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
      oscillator.connect(gain).connect(destination);
      oscillator.start(at);
      oscillator.stop(at + 0.65);
    });
    if (audio.setSinkId) await audio.setSinkId(speakerId ?? '');
    audio.srcObject = destination.stream;
    await audio.play();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    audio.pause();
  } finally {
    audio.srcObject = null;
    await context.close().catch(() => undefined);
  }
}
