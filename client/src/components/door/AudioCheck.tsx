import { useId, useRef, useState } from 'react';
import { playTestSound, useMicLevel } from '../../media/audio-check';
import { useAppStore } from '../../store/store';
import { announce } from '../../store/ui-slice';

type SpeakerTest = 'not-yet' | 'playing' | 'played' | 'failed';

const speakerTestText: Record<SpeakerTest, string> = {
  'not-yet': 'Check that you will hear the circle.',
  playing: 'Playing a test sound…',
  played: 'Did you hear two notes? If not, choose another speaker or turn the volume up.',
  failed: 'The test sound could not play. Check your speaker or headphones.',
};

/** Before entering: a live level meter for the microphone, and a test sound through the chosen speaker. */
export function AudioCheck() {
  const localStream = useAppStore((state) => state.media.localStream);
  const micEnabled = useAppStore((state) => state.media.micEnabled);
  const speakerId = useAppStore((state) => state.media.selectedSpeakerId);
  const level = useMicLevel(localStream);
  const [speakerTest, setSpeakerTest] = useState<SpeakerTest>('not-yet');
  const audioRef = useRef<HTMLAudioElement>(null);
  const ids = { meter: useId(), meterHint: useId(), testHint: useId() };

  async function testSpeaker() {
    const audio = audioRef.current;
    if (!audio || speakerTest === 'playing') return;
    setSpeakerTest('playing');
    try {
      await playTestSound(audio, speakerId);
      setSpeakerTest('played');
      announce(speakerTestText.played);
    } catch {
      setSpeakerTest('failed');
      announce(speakerTestText.failed, 'assertive');
    }
  }

  return (
    <div className="audio-check">
      <label htmlFor={ids.meter}>Microphone level</label>
      <meter id={ids.meter} min={0} max={1} low={0.25} high={0.9} optimum={0.6} value={level} aria-describedby={ids.meterHint} />
      <p id={ids.meterHint} className="hint">
        {micEnabled ? 'Say something: the bar moves when your microphone hears you.' : 'Your microphone is muted. Unmute it to check it.'}
      </p>
      <button type="button" onClick={() => void testSpeaker()} aria-disabled={speakerTest === 'playing' || undefined} aria-describedby={ids.testHint}>
        Play a test sound
      </button>
      <p id={ids.testHint} className="hint">
        {speakerTestText[speakerTest]}
      </p>
      <audio ref={audioRef} data-speaker-test hidden />
    </div>
  );
}
