import { describe, expect, it } from 'vitest';
import type { Member } from '../session';
import { mayDo } from './rights';

const member = (over: Partial<Member>): Member => ({
  memberId: 'me',
  displayName: 'Me',
  founder: false,
  status: 'active',
  level: 'casual',
  datingStage: null,
  constituencies: [],
  circles: [],
  ...over,
});

describe('mayDo', () => {
  it('lets founders do what founders may, about anyone', () => {
    const founder = member({ founder: true });
    expect(mayDo(founder, 'founder', 'other')).toBe(true);
    expect(mayDo(founder, 'self-or-founder', 'other')).toBe(true);
    expect(mayDo(founder, 'founder-or-committed', 'other')).toBe(true);
  });

  it('lets a member change themselves only, and committed members assign mentors', () => {
    const casual = member({});
    expect(mayDo(casual, 'self-or-founder', 'me')).toBe(true);
    expect(mayDo(casual, 'self-or-founder', 'other')).toBe(false);
    expect(mayDo(casual, 'founder', 'me')).toBe(false);
    expect(mayDo(casual, 'founder-or-committed', 'other')).toBe(false);
    expect(mayDo(member({ level: 'committed' }), 'founder-or-committed', 'other')).toBe(true);
  });

  it('offers nothing to a member who has left', () => {
    expect(mayDo(member({ founder: true, status: 'left' }), 'self-or-founder', 'me')).toBe(false);
  });
});
