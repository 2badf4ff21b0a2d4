import { useId } from 'react';
import type { CohortAlert } from '@peercircle/shared';

/** What needs the facilitator's attention, first and prominently. */
export function HealthAlerts({ alerts }: { alerts: readonly CohortAlert[] }) {
  const headingId = useId();
  return (
    <div className={alerts.length > 0 ? 'health-alerts has-alerts' : 'health-alerts'}>
      <h3 id={headingId}>Alerts</h3>
      {alerts.length === 0 ? (
        <p>Nothing needs your attention right now.</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {alerts.map((alert) => (
            <li key={`${alert.kind}:${alert.memberId ?? ''}`} className={`alert-${alert.kind}`}>
              {alert.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
