import type { ReactNode } from 'react';

/** A chart's text alternative: its figures as a table, folded under "<what> as a table". */
export function ChartTable({ summary, caption, children }: { summary: string; caption: string; children: ReactNode }) {
  return (
    <details>
      <summary>{summary}</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}
