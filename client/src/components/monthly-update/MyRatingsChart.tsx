import { useId } from 'react';
import type { MyRatingsHistory } from '@peercircle/shared';
import { formatDate } from '../../cohorts/session-time';
import { ChartGridLines } from '../ui/ChartGridLines';
import { ChartTable } from '../ui/ChartTable';

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const plot = { left: 28, top: 12, height: 120, step: 64 };
// Each area keeps its line style, so the lines differ by more than colour.
const areaStyles = ['rating-line-1', 'rating-line-2', 'rating-line-3'];

/** One sentence for the chart's accessible name: the latest ratings, by area. */
export function ratingsSummary({ areaNames, points }: MyRatingsHistory): string {
  const latest = points.at(-1);
  if (!latest) return 'No updates yet: your ratings appear here once you have submitted one.';
  const ratings = areaNames.map((name, index) => `${name} ${latest.ratings[index] ?? '–'}`).join(', ');
  return `Your ratings over ${points.length} ${points.length === 1 ? 'update' : 'updates'}; latest (${formatDate(latest.sessionStartsAt)}): ${ratings}.`;
}

/** The member's own ratings over months, one line per area, with the same figures as a table. Only they see it. */
export function MyRatingsChart({ history }: { history: MyRatingsHistory }) {
  const headingId = useId();
  const { areaNames, points } = history;
  const summary = ratingsSummary(history);
  const x = (index: number) => plot.left + 16 + index * plot.step;
  const y = (rating: number) => plot.top + plot.height - ((rating - 1) / 9) * plot.height;
  const width = Math.max(x(points.length - 1) + 40, 200);
  const height = plot.top + plot.height + 24;

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>My ratings over months</h2>
      {points.length === 0 ? (
        <p>{summary}</p>
      ) : (
        <>
          <svg className="chart ratings-chart" role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
            <title>{summary}</title>
            <ChartGridLines ticks={[1, 5, 10]} y={y} left={plot.left} right={width} />
            {areaNames.map((name, area) => (
              <g key={name} className={areaStyles[area]}>
                <polyline fill="none" points={points.map((point, index) => `${x(index)},${y(point.ratings[area] ?? 1)}`).join(' ')} />
                {points.map((point, index) => (
                  <circle key={point.sessionId} cx={x(index)} cy={y(point.ratings[area] ?? 1)} r={3} />
                ))}
              </g>
            ))}
            {points.map((point, index) => (
              <text key={point.sessionId} x={x(index)} y={height - 6} textAnchor="middle" className="chart-label">
                {shortDate.format(point.sessionStartsAt)}
              </text>
            ))}
          </svg>
          <ul className="chart-legend" aria-hidden="true">
            {areaNames.map((name, area) => (
              <li key={name} className={areaStyles[area]}>
                {name}
              </li>
            ))}
          </ul>
          <ChartTable summary="My ratings as a table" caption="Your ratings per session, out of 10">
            <thead>
              <tr>
                <th scope="col">Session</th>
                {areaNames.map((name) => (
                  <th key={name} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.sessionId}>
                  <th scope="row">{formatDate(point.sessionStartsAt)}</th>
                  {areaNames.map((name, area) => (
                    <td key={name}>{point.ratings[area] ?? '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ChartTable>
        </>
      )}
    </section>
  );
}
