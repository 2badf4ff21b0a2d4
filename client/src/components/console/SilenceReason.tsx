import type { SilenceHold } from '../../circle/use-silence-left';

/**
 * The visible reason beside controls the silence holds back; they stay focusable (aria-disabled)
 * and point here with aria-describedby, so keyboard and screen-reader users learn why too.
 */
export function SilenceReason({ hold }: { hold: SilenceHold }) {
  if (hold.reason === null) return null;
  return (
    <p id={hold.reasonId} className="hint silence-reason">
      {hold.reason}
    </p>
  );
}
