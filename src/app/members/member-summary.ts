import type { LevelState } from '../../core/members/vocabulary.js';
import { levelFromColumns } from '../../store/projections/level-columns.js';
import type { MembersTable } from '../../store/schema.js';

/** A member as lists show them: what the ledger says, no personal data. */
export interface MemberSummary {
  memberId: string;
  displayName: string;
  founder: boolean;
  status: 'active' | 'left';
  level: LevelState | null;
  /** Slugs. */
  constituencies: string[];
  joinedAt: string;
  leftAt: string | null;
  /** The leave the member is on today (the DisCO's calendar day), or null. */
  onLeave: CurrentLeave | null;
}

export interface CurrentLeave {
  leaveId: string;
  from: string;
  /** Inclusive; null while open-ended. */
  to: string | null;
}

export function memberSummary(
  row: MembersTable,
  constituencies: string[],
  onLeave: CurrentLeave | null,
): MemberSummary {
  return {
    memberId: row.id,
    displayName: row.display_name,
    founder: row.founder === 1,
    status: row.status,
    level: levelFromColumns(row),
    constituencies,
    joinedAt: row.joined_at,
    leftAt: row.left_at,
    onLeave,
  };
}
