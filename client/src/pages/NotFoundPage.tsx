import { Link } from 'wouter';
import { PageLayout } from '../components/ui/PageLayout';

export function NotFoundPage() {
  return (
    <PageLayout heading="Page not found" width="narrow">
      <p>There is nothing at this address. If you followed a link, it may be incomplete.</p>
      <Link href="/">Go to the start page</Link>
    </PageLayout>
  );
}
