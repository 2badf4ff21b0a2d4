import { useEffect } from 'react';
import { useAppStore } from '../store/store';
import { announce } from '../store/ui-slice';
import { playChime, playPauseBell } from './chime';
import { circleAnnouncements, combineAnnouncements, type CircleMoment } from './circle-announcements';
import { serverNow } from './server-clock';

/** Timer warnings depend on time passing, not only on new views, so moments are also compared each second. */
const checkEveryMs = 1_000;

/**
 * Speaks the circle's news through the live announcer, with the chime at soft timer warnings (unless
 * muted) and the bell when a pause begins (always: it is the pause's signal to the whole circle).
 */
export function useCircleAnnouncements(): void {
  useEffect(() => {
    let previous: CircleMoment | null = null;
    const check = () => {
      const { view, chimeMuted } = useAppStore.getState().session;
      const moment = view ? { view, now: serverNow() } : null;
      const news = previous && moment ? combineAnnouncements(circleAnnouncements(previous, moment)) : null;
      previous = moment;
      if (!news) return;
      announce(news.text, news.urgency);
      if (news.bell) playPauseBell();
      else if (news.chime && !chimeMuted) playChime();
    };
    check();
    const unsubscribe = useAppStore.subscribe((state, prior) => {
      if (state.session.view !== prior.session.view) check();
    });
    const interval = setInterval(check, checkEveryMs);
    return () => {
      unsubscribe();
      clearInterval(interval);
    };
  }, []);
}
