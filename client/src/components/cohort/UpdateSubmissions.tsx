import { useApi } from '../../api/use-api';

/**
 * For the facilitator, per coming session: how many members submitted their monthly update and who,
 * with ratings only where the member chose to share them. Never their topics.
 */
export function UpdateSubmissions({ sessionId, memberCount, when }: { sessionId: string; memberCount: number; when: string }) {
  const resource = useApi('monthlyUpdateSubmissions', { sessionId });
  const data = resource.data;
  if (!data) return null;
  const count = `Updates: ${data.submitted.length} of ${memberCount} submitted`;
  if (data.submitted.length === 0) return <p className="update-submissions">{count}</p>;
  return (
    <details className="update-submissions">
      <summary>
        {count}
        <span className="visually-hidden"> for {when}</span>
      </summary>
      <ul>
        {data.submitted.map((member) => (
          <li key={member.memberId}>
            {member.displayName}
            {member.shared
              ? `: ${member.shared.areas.map((area, index) => `${data.areaNames[index] ?? `area ${index + 1}`} ${area.rating}`).join(', ')}`
              : ' (ratings not shared)'}
          </li>
        ))}
      </ul>
    </details>
  );
}
