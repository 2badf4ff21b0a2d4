import type { SessionPreview } from '@peercircle/shared';
import { useApi } from '../../api/use-api';
import { useSignedInIdentity } from '../../auth/identity-context';
import { describePresenter } from '../../cohorts/upcoming-session';

/** Who presents at a session, said to the viewer ("You are presenting"); nothing while nobody is chosen. */
export function PresenterLine({ presenter }: { presenter: SessionPreview['presenter'] }) {
  const viewerId = useSignedInIdentity()?.id ?? null;
  const text = describePresenter(presenter, viewerId);
  return text ? <p className="presenter-line">{text}</p> : null;
}

/** The presenter of a session not on screen yet (member home, dashboard), loaded on its own. */
export function SessionPresenter({ sessionId }: { sessionId: string }) {
  const preview = useApi('sessionPreview', { sessionId });
  return preview.data ? <PresenterLine presenter={preview.data.presenter} /> : null;
}
