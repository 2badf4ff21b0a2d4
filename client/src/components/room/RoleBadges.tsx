import { forumRoleLabels, type ForumRole } from '@peercircle/shared';

/** The forum roles someone holds, as small labels in words (on a tile, or in the participant list). */
export function RoleBadges({ roles, className = 'badge role' }: { roles: readonly ForumRole[]; className?: string }) {
  return roles.map((role) => (
    <span key={role} className={className} data-role={role}>
      {forumRoleLabels[role]}
    </span>
  ));
}
