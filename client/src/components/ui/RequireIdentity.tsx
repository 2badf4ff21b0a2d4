import type { ReactNode } from 'react';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import type { Identity } from '@peercircle/shared';
import { homePathFor, useIdentity } from '../../auth/identity-context';
import { loginPathReturningTo } from '../../auth/safe-next-path';
import { PageLayout, PageLoading } from './PageLayout';

type IdentityOf<K extends Identity['kind']> = Extract<Identity, { kind: K }>;

interface RequireIdentityProps<K extends Identity['kind']> {
  /** Omitted: anyone signed in. */
  kind?: K;
  children(identity: IdentityOf<K>): ReactNode;
}

const pageFor: Record<Identity['kind'], string> = { facilitator: 'facilitators', member: 'circle members' };

/** Renders its page for the right signed-in person; sends anyone signed out to sign in and back. */
export function RequireIdentity<K extends Identity['kind'] = Identity['kind']>({ kind, children }: RequireIdentityProps<K>) {
  const { status, recheck } = useIdentity();
  const [location] = useLocation();
  const search = useSearch();

  if (status.kind === 'loading') return <PageLoading />;
  if (status.kind === 'signed-out') return <Redirect to={loginPathReturningTo(search ? `${location}?${search}` : location)} replace />;
  if (status.kind === 'unavailable') {
    return (
      <PageLayout heading="PeerCircle is not reachable" width="narrow">
        <p role="alert">{status.message}</p>
        <button type="button" className="primary" onClick={recheck}>
          Try again
        </button>
      </PageLayout>
    );
  }
  const { identity } = status;
  if (kind && identity.kind !== kind) {
    return (
      <PageLayout heading="This page is not for your account" width="narrow">
        <p>
          This page is for {pageFor[kind]}. You are signed in as {identity.displayName}.
        </p>
        <Link href={homePathFor(identity)}>Go to your start page</Link>
      </PageLayout>
    );
  }
  return <>{children(identity as IdentityOf<K>)}</>;
}
