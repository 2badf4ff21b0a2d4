import { useId } from 'react';
import type { SessionMeetingReview } from '@peercircle/shared';
import { answeredText, averageText, reviewTrendSummary } from '../../cohorts/meeting-review-text';
import { formatDate } from '../../cohorts/session-time';
import { ChartGridLines } from '../ui/ChartGridLines';
import { ChartTable } from '../ui/ChartTable';

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const column = { width: 48, gap: 12 };
const plot = { left: 28, top: 12, height: 120 };
const dateOf = (startsAt: number) => formatDate(startsAt);

/**
 * The meeting review per reviewed session: the average rating as a column (an empty frame where too
 * few answered to show one), the same figures as a table, and the comments in random order.
 */
export function MeetingReviewTrend({ reviews }: { reviews: readonly SessionMeetingReview[] }) {
  const headingId = useId();
  const summary = reviewTrendSummary(reviews, dateOf);
  const x = (index: number) => plot.left + index * (column.width + column.gap);
  const y = (rating: number) => plot.top + plot.height - (rating / 10) * plot.height;
  const width = x(reviews.length) + 8;
  const height = plot.top + plot.height + 24;
  const withComments = reviews.filter((review) => !review.hidden && review.comments.length > 0);

  return (
    <div className="health-block" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Meeting review</h3>
      {reviews.length === 0 ? (
        <p>{summary}</p>
      ) : (
        <>
          <svg className="chart review-chart" role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
            <title>{summary}</title>
            <ChartGridLines ticks={[0, 5, 10]} y={y} left={plot.left} right={width} />
            {reviews.map((review, index) => (
              <g key={review.sessionId}>
                {review.hidden ? (
                  <rect x={x(index)} y={y(10)} width={column.width} height={plot.height} className="bar-hidden" />
                ) : (
                  <>
                    <rect x={x(index)} y={y(review.average)} width={column.width} height={y(0) - y(review.average)} rx={3} className="bar" />
                    <text x={x(index) + column.width / 2} y={y(review.average) - 4} textAnchor="middle" className="chart-label">
                      {review.average}
                    </text>
                  </>
                )}
                <text x={x(index) + column.width / 2} y={height - 6} textAnchor="middle" className="chart-label">
                  {shortDate.format(review.startsAt)}
                </text>
              </g>
            ))}
          </svg>
          <ChartTable summary="Meeting review as a table" caption="Meeting review per session: answers and average rating out of 10">
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Answered</th>
                <th scope="col">Average (lowest to highest)</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => (
                <tr key={review.sessionId}>
                  <th scope="row">{formatDate(review.startsAt)}</th>
                  <td>
                    {answeredText(review)}
                    {review.stillOpen ? ' (still open)' : ''}
                  </td>
                  <td>{averageText(review)}</td>
                </tr>
              ))}
            </tbody>
          </ChartTable>
          {withComments.length > 0 ? (
            <details>
              <summary>What would have made it a 10 (comments in random order)</summary>
              {withComments.map((review) => (
                <section key={review.sessionId} aria-label={`Comments on the session of ${formatDate(review.startsAt)}`}>
                  <h4>{formatDate(review.startsAt)}</h4>
                  <ul>
                    {!review.hidden && review.comments.map((comment, index) => <li key={index}>{comment}</li>)}
                  </ul>
                </section>
              ))}
            </details>
          ) : null}
        </>
      )}
    </div>
  );
}
