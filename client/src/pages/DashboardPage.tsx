import { Link } from 'wouter';
import { useApi } from '../api/use-api';
import { useNow } from '../cohorts/use-now';
import { CohortCard } from '../components/cohort/CohortCard';
import { Loaded } from '../components/ui/Loaded';
import { PageLayout } from '../components/ui/PageLayout';

/** `/dashboard`: a facilitator's cohorts at a glance, with the way into a session about to start. */
export function DashboardPage() {
  const cohorts = useApi('listCohorts');
  // A Join button appears 15 minutes before a session, without reloading the page.
  const now = useNow();
  return (
    <PageLayout heading="Your cohorts">
      <p>
        <Link href="/cohorts/new" className="button-link primary">
          New cohort
        </Link>
      </p>
      <Loaded resource={cohorts} what="your cohorts">
        {(list) =>
          list.length === 0 ? (
            <p>You have no cohorts yet. Create one to plan its sessions and invite its members.</p>
          ) : (
            <ul className="cohort-list">
              {list.map((cohort) => (
                <CohortCard key={cohort.id} cohort={cohort} now={now} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </PageLayout>
  );
}
