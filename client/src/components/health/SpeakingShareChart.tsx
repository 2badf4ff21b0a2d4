import { useId } from 'react';
import type { SpeakingEquity } from '@peercircle/shared';
import { equitySentence, percent, speakingChartSummary, speakingTime } from '../../cohorts/health-text';
import { ChartTable } from '../ui/ChartTable';

const nameWidth = 150;
const barArea = 320;
const barHeight = 22;
const gap = 8;
const top = 24;
const clip = (name: string) => (name.length > 18 ? `${name.slice(0, 17)}…` : name);

/**
 * Each member's share of the speaking time as a bar, against a dashed line at the equal share, and
 * the inequality figure. The scale runs to the largest share so small differences stay visible.
 */
export function SpeakingShareChart({ speaking }: { speaking: SpeakingEquity }) {
  const headingId = useId();
  const summary = speakingChartSummary(speaking);
  const members = speaking.members.filter((member) => member.share !== null);
  const equalShare = members.length > 0 ? 1 / members.length : 0;
  const scaleMax = Math.max(equalShare, ...members.map((member) => member.share ?? 0)) * 1.1 || 1;
  const x = (share: number) => nameWidth + (share / scaleMax) * barArea;
  const width = nameWidth + barArea + 60;
  const height = top + members.length * (barHeight + gap);

  return (
    <div className="health-block" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Speaking time</h3>
      {members.length === 0 ? (
        <p>{summary}</p>
      ) : (
        <>
          <p>{equitySentence(speaking)}</p>
          <svg className="chart speaking-chart" role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
            <title>{summary}</title>
            {members.map((member, index) => {
              const y = top + index * (barHeight + gap);
              return (
                <g key={member.memberId}>
                  <text x={nameWidth - 8} y={y + barHeight / 2 + 5} textAnchor="end" className="chart-label">
                    {clip(member.displayName)}
                  </text>
                  <rect x={nameWidth} y={y} width={Math.max(1, x(member.share ?? 0) - nameWidth)} height={barHeight} rx={3} className="bar" />
                  <text x={x(member.share ?? 0) + 6} y={y + barHeight / 2 + 5} className="chart-label">
                    {percent(member.share)}
                  </text>
                </g>
              );
            })}
            <line x1={x(equalShare)} x2={x(equalShare)} y1={top - 6} y2={height} className="equal-share" />
            <text x={x(equalShare)} y={top - 10} textAnchor="middle" className="chart-label">
              Equal share {percent(equalShare)}
            </text>
          </svg>
          <ChartTable summary="Speaking time as a table" caption="Speaking time per member over the reviewed sessions">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Speaking time</th>
                <th scope="col">Holding the floor</th>
                <th scope="col">Sessions attended</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {speaking.members.map((member) => (
                <tr key={member.memberId}>
                  <th scope="row">{member.displayName}</th>
                  <td>{speakingTime(member.speakingMs)}</td>
                  <td>{speakingTime(member.floorMs)}</td>
                  <td>{member.sessionsAttended}</td>
                  <td>{percent(member.share)}</td>
                </tr>
              ))}
            </tbody>
          </ChartTable>
        </>
      )}
    </div>
  );
}
