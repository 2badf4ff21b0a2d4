import type { Commitment } from '@peercircle/shared';

/** Short labels for a saved commitment. */
export const commitmentVisibilityLabel: Record<Commitment['visibility'], string> = {
  private: 'Private: only you see it',
  shared: 'Shared with the circle',
};

/** The choice as offered when writing one. */
export const commitmentVisibilityChoice: Record<Commitment['visibility'], string> = {
  private: 'Private: only you will see it, at the next check-in',
  shared: 'Shared: the circle sees it at the next check-in, where you revisit it together',
};
