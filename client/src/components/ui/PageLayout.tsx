import type { ReactNode } from 'react';
import { PageHeading } from './PageHeading';
import { SiteHeader } from './SiteHeader';

interface PageLayoutProps {
  heading: string;
  /** `narrow` for forms and messages, `wide` for the dashboard and cohort pages. */
  width?: 'narrow' | 'wide';
  children?: ReactNode;
}

export function PageLayout({ heading, width = 'wide', children }: PageLayoutProps) {
  return (
    <>
      <SiteHeader />
      <main className={`page ${width}`}>
        <PageHeading>{heading}</PageHeading>
        {children}
      </main>
    </>
  );
}

/** While the page's identity or data is still on its way. */
export function PageLoading({ what = 'Loading' }: { what?: string }) {
  return (
    <>
      <SiteHeader />
      <main className="page narrow">
        <p role="status" className="loading">
          {what}…
        </p>
      </main>
    </>
  );
}
