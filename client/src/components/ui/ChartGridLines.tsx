/** Horizontal grid lines of an SVG chart, labelled at the left of the plot. */
export function ChartGridLines({ ticks, y, left, right }: { ticks: readonly number[]; y: (value: number) => number; left: number; right: number }) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left - 4} x2={right} y1={y(tick)} y2={y(tick)} className="grid-line" />
          <text x={left - 8} y={y(tick) + 4} textAnchor="end" className="chart-label">
            {tick}
          </text>
        </g>
      ))}
    </>
  );
}
