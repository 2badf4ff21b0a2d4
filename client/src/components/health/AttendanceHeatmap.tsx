import { useId } from 'react';
import type { MemberAttendance, ReviewedSession } from '@peercircle/shared';
import { attendanceChartSummary, attendanceMarkLabel, attendanceMarkSymbol, percent } from '../../cohorts/health-text';
import { formatDate } from '../../cohorts/session-time';
import { ChartTable } from '../ui/ChartTable';

interface AttendanceHeatmapProps {
  sessions: readonly ReviewedSession[];
  attendance: readonly MemberAttendance[];
}

const nameWidth = 150;
const cell = { width: 48, height: 30, gap: 4 };
const headerHeight = 28;
const rateWidth = 56;
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const clip = (name: string) => (name.length > 18 ? `${name.slice(0, 17)}…` : name);

/** Attendance per member over the reviewed sessions: a grid of marks, with the same data as a table. */
export function AttendanceHeatmap({ sessions, attendance }: AttendanceHeatmapProps) {
  const headingId = useId();
  const summary = attendanceChartSummary({ sessions, attendance });
  const columnX = (index: number) => nameWidth + index * (cell.width + cell.gap);
  const rowY = (index: number) => headerHeight + index * (cell.height + cell.gap);
  const width = columnX(sessions.length) + rateWidth;
  const height = rowY(attendance.length);

  return (
    <div className="health-block" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Attendance</h3>
      {sessions.length === 0 || attendance.length === 0 ? (
        <p>{summary}</p>
      ) : (
        <>
          <svg className="chart attendance-chart" role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
            <title>{summary}</title>
            {sessions.map((session, index) => (
              <text key={session.sessionId} x={columnX(index) + cell.width / 2} y={headerHeight - 10} textAnchor="middle" className="chart-label">
                {shortDate.format(session.startsAt)}
              </text>
            ))}
            <text x={columnX(sessions.length) + 8} y={headerHeight - 10} className="chart-label">
              Rate
            </text>
            {attendance.map((member, row) => (
              <g key={member.memberId}>
                <text x={nameWidth - 8} y={rowY(row) + cell.height / 2 + 5} textAnchor="end" className="chart-label">
                  {clip(member.displayName)}
                </text>
                {member.sessions.map((mark, column) => (
                  <g key={mark.sessionId}>
                    <rect x={columnX(column)} y={rowY(row)} width={cell.width} height={cell.height} rx={4} className={`mark mark-${mark.mark}`} />
                    <text x={columnX(column) + cell.width / 2} y={rowY(row) + cell.height / 2 + 5} textAnchor="middle" className="mark-symbol">
                      {attendanceMarkSymbol[mark.mark]}
                    </text>
                  </g>
                ))}
                <text x={columnX(sessions.length) + 8} y={rowY(row) + cell.height / 2 + 5} className="chart-label">
                  {percent(member.rate)}
                </text>
              </g>
            ))}
          </svg>
          <ul className="chart-legend" aria-label="Legend">
            {(['present', 'late', 'absent', 'not_yet_member'] as const).map((mark) => (
              <li key={mark}>
                <span className={`swatch mark-${mark}`} aria-hidden="true">
                  {attendanceMarkSymbol[mark]}
                </span>
                {attendanceMarkLabel[mark]}
              </li>
            ))}
          </ul>
          <ChartTable summary="Attendance as a table" caption="Attendance per member and session">
            <AttendanceRows sessions={sessions} attendance={attendance} />
          </ChartTable>
        </>
      )}
    </div>
  );
}

function AttendanceRows({ sessions, attendance }: AttendanceHeatmapProps) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">Member</th>
          {sessions.map((session) => (
            <th key={session.sessionId} scope="col">
              {formatDate(session.startsAt)}
            </th>
          ))}
          <th scope="col">Attendance</th>
          <th scope="col">Missed in a row</th>
        </tr>
      </thead>
      <tbody>
        {attendance.map((member) => (
          <tr key={member.memberId}>
            <th scope="row">{member.displayName}</th>
            {member.sessions.map((mark) => (
              <td key={mark.sessionId}>
                {attendanceMarkLabel[mark.mark]}
                {mark.mark === 'late' && mark.arrivedMinutesAfterStart !== null ? ` (${mark.arrivedMinutesAfterStart} min)` : ''}
              </td>
            ))}
            <td>{percent(member.rate)}</td>
            <td>{member.absentStreak}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
}
