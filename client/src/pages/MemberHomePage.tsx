import { useApi } from '../api/use-api';
import { KeptBriefs } from '../components/brief/KeptBriefs';
import { PresenterBriefSection } from '../components/brief/PresenterBriefForm';
import { CommitmentForm } from '../components/commitments/CommitmentForm';
import { Loaded } from '../components/ui/Loaded';
import { CalendarSubscription } from '../components/member-home/CalendarSubscription';
import { KeptQuestions } from '../components/member-home/KeptQuestions';
import { MyCommitments } from '../components/member-home/MyCommitments';
import { MyDataSection } from '../components/member-home/MyDataSection';
import { NextSessionCard } from '../components/member-home/NextSessionCard';
import { NotesForYou } from '../components/member-home/NotesForYou';
import { MonthlyUpdateArea } from '../components/monthly-update/MonthlyUpdateArea';
import { MyParkedTopics } from '../components/parking-lot/MyParkedTopics';
import { PageLayout } from '../components/ui/PageLayout';

/** `/home`: a member's circle, its next session, their commitments and their own data. */
export function MemberHomePage() {
  const home = useApi('memberHome');
  return (
    <PageLayout heading={home.data?.cohort.name ?? 'Your circle'}>
      <Loaded resource={home} what="your circle">
        {(data) => (
          <>
            {data.cohort.purpose ? <p className="lede">{data.cohort.purpose}</p> : null}
            <p>Meets: {data.cohort.cadenceDescription}.</p>
            <div className="two-columns">
              <NextSessionCard session={data.nextSession} agreement={data.agreement} />
              <CalendarSubscription calendarUrl={data.calendarUrl} />
            </div>
            <MonthlyUpdateArea nextSession={data.nextSession} updateDue={data.updateDue} />
            {data.nextSession ? <PresenterBriefSection sessionId={data.nextSession.id} /> : null}
            {data.commitmentSession ? (
              <CommitmentForm sessionId={data.commitmentSession.sessionId} className="page-section" showSessionDate />
            ) : null}
            <MyCommitments
              commitments={data.commitments.filter((commitment) => commitment.sessionId !== data.commitmentSession?.sessionId)}
              earlierOnly={data.commitmentSession !== null}
            />
            <NotesForYou />
            <MyParkedTopics />
            <KeptQuestions />
            <KeptBriefs />
            <MyDataSection />
          </>
        )}
      </Loaded>
    </PageLayout>
  );
}
