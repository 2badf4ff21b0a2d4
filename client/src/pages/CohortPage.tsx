import { Link } from 'wouter';
import { useApi } from '../api/use-api';
import { CohortSettingsSection } from '../components/cohort/CohortSettingsSection';
import { MembersSection } from '../components/cohort/MembersSection';
import { ScheduleSection } from '../components/cohort/ScheduleSection';
import { HealthSection } from '../components/health/HealthSection';
import { CohortParkingLot } from '../components/parking-lot/CohortParkingLot';
import { Loaded } from '../components/ui/Loaded';
import { PageLayout } from '../components/ui/PageLayout';

const sections = [
  ['members', 'Members and invites'],
  ['schedule', 'Schedule'],
  ['settings', 'Agreement and settings'],
  ['parking-lot', 'Parking lot'],
  ['health', 'Health'],
] as const;

/** `/cohorts/<id>`: everything a facilitator tends between sessions, one section each. */
export function CohortPage({ cohortId }: { cohortId: string }) {
  const cohort = useApi('getCohort', { cohortId });
  return (
    <PageLayout heading={cohort.data?.name ?? 'Cohort'}>
      <p>
        <Link href="/dashboard">All cohorts</Link>
      </p>
      <Loaded resource={cohort} what="the cohort">
        {(detail) => (
          <>
            {detail.purpose ? <p className="lede">{detail.purpose}</p> : null}
            <nav aria-label="Sections of this page" className="section-nav">
              <ul>
                {sections.map(([id, title]) => (
                  <li key={id}>
                    <a href={`#${id}`}>{title}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <MembersSection id="members" cohort={detail} onMembersChanged={cohort.reload} />
            <ScheduleSection id="schedule" cohort={detail} onCohortChanged={cohort.replace} />
            <CohortSettingsSection id="settings" cohort={detail} onCohortChanged={cohort.replace} />
            <CohortParkingLot id="parking-lot" cohortId={detail.id} />
            <HealthSection id="health" cohortId={detail.id} />
          </>
        )}
      </Loaded>
    </PageLayout>
  );
}
