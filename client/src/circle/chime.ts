let audioContext: AudioContext | null = null;

/** Two soft, decaying sine tones: noticeable without startling anyone mid-sentence. */
export function playChime(): void {
  try {
    audioContext ??= new AudioContext();
    const context = audioContext;
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime + 0.05;
    [659.25, 987.77].forEach((frequency, index) => {
      const at = start + index * 0.25;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.12, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 1.7);
    });
  } catch {
    // Without Web Audio the spoken and visible warnings still come.
  }
}
