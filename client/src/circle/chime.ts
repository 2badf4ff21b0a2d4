let audioContext: AudioContext | null = null;

interface Tone {
  frequency: number;
  /** Seconds after the first tone. */
  offset: number;
  peak: number;
  decaySeconds: number;
}

function playTones(tones: Tone[]): void {
  try {
    audioContext ??= new AudioContext();
    const context = audioContext;
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime + 0.05;
    for (const { frequency, offset, peak, decaySeconds } of tones) {
      const at = start + offset;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(peak, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + decaySeconds);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + decaySeconds + 0.1);
    }
  } catch {
    // Without Web Audio the spoken and visible news still comes.
  }
}

/** Two soft, decaying sine tones: noticeable without startling anyone mid-sentence. */
export function playChime(): void {
  playTones([
    { frequency: 659.25, offset: 0, peak: 0.12, decaySeconds: 1.6 },
    { frequency: 987.77, offset: 0.25, peak: 0.12, decaySeconds: 1.6 },
  ]);
}

/** The guardian's pause: one low bell with a long ring, like a meditation bell, unlike the timer chime. */
export function playPauseBell(): void {
  playTones([
    { frequency: 392, offset: 0, peak: 0.16, decaySeconds: 3.5 },
    { frequency: 784, offset: 0, peak: 0.05, decaySeconds: 2.5 },
    { frequency: 1176, offset: 0, peak: 0.02, decaySeconds: 1.5 },
  ]);
}
