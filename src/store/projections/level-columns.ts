import type { LevelState } from '../../core/members/vocabulary.js';
import type { MembersTable } from '../schema.js';

export type LevelColumns = Pick<MembersTable, 'level' | 'dating_stage' | 'timeline' | 'start_date'>;

/**
 * A level as the members table spreads it over columns, so that lists can filter by level and stage.
 *
 * @example levelColumns({ level: 'casual' }) // { level: 'casual', dating_stage: null, timeline: null, start_date: null }
 */
export function levelColumns(level: LevelState | null): LevelColumns {
  if (level?.level === 'dating') {
    return {
      level: 'dating',
      dating_stage: level.stage,
      timeline: level.timeline,
      start_date: level.startDate,
    };
  }
  return { level: level?.level ?? null, dating_stage: null, timeline: null, start_date: null };
}

/**
 * The inverse of `levelColumns`.
 *
 * @example levelFromColumns({ level: 'committed', dating_stage: null, timeline: null, start_date: null }) // { level: 'committed' }
 */
export function levelFromColumns(row: LevelColumns): LevelState | null {
  if (row.level === 'dating') {
    // levelColumns writes all three for a dater, and nothing else writes these columns.
    return {
      level: 'dating',
      stage: row.dating_stage as 1 | 2 | 3,
      timeline: row.timeline!,
      startDate: row.start_date!,
    };
  }
  return row.level === null ? null : { level: row.level };
}
