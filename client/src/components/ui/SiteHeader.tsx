import { Link, useLocation } from 'wouter';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { homePathFor, useIdentity, useSignedInIdentity } from '../../auth/identity-context';
import { announce } from '../../store/ui-slice';

/** The bar above every page outside the room: the way home and, when signed in, out. */
export function SiteHeader() {
  const identity = useSignedInIdentity();
  const { signedOut } = useIdentity();
  const [, navigate] = useLocation();

  async function signOut() {
    try {
      await callApi('logout');
      signedOut();
      navigate('/');
      announce('You are signed out');
    } catch (error) {
      announce(messageForError(error), 'assertive');
    }
  }

  return (
    <header className="site-header">
      <Link href={identity ? homePathFor(identity) : '/'} className="brand">
        PeerCircle
      </Link>
      {identity ? (
        <nav aria-label="Account" className="account-nav">
          <span className="signed-in-as">Signed in as {identity.displayName}</span>
          <button type="button" className="small" onClick={() => void signOut()}>
            Sign out
          </button>
        </nav>
      ) : null}
    </header>
  );
}
