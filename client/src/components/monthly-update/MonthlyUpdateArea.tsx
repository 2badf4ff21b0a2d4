import type { MemberHome } from '@peercircle/shared';
import { useApi } from '../../api/use-api';
import { Loaded } from '../ui/Loaded';
import { MonthlyUpdateSection } from './MonthlyUpdateSection';
import { MyRatingsChart } from './MyRatingsChart';

interface MonthlyUpdateAreaProps {
  nextSession: MemberHome['nextSession'];
  updateDue: boolean;
}

/** On the member home: the update for the coming session (while it is still to come) and their ratings over months. */
export function MonthlyUpdateArea({ nextSession, updateDue }: MonthlyUpdateAreaProps) {
  const ratings = useApi('myUpdateRatings');
  return (
    <Loaded resource={ratings} what="your updates">
      {(history) => (
        <>
          {nextSession?.status === 'scheduled' ? (
            <MonthlyUpdateSection
              sessionId={nextSession.id}
              startsAt={nextSession.startsAt}
              updateDue={updateDue}
              areaNames={history.areaNames}
              onSubmitted={ratings.reload}
            />
          ) : null}
          <MyRatingsChart history={history} />
        </>
      )}
    </Loaded>
  );
}
