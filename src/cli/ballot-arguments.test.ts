import { describe, expect, it } from 'vitest';
import { ballotFromArguments } from './ballot-arguments.js';
import { UsageError } from './output.js';

describe('ballotFromArguments', () => {
  it('writes each method’s ballot from words', () => {
    expect(ballotFromArguments('majority', ['yes'])).toEqual({ choice: 'yes' });
    expect(ballotFromArguments('consent', ['object'], 'it costs too much')).toEqual({
      response: 'object',
      reason: 'it costs too much',
    });
    expect(ballotFromArguments('sense-check', ['happy'], 'nice')).toEqual({
      response: 'happy',
      comment: 'nice',
    });
    expect(ballotFromArguments('approval', ['A', 'C'])).toEqual({ approvals: ['A', 'C'] });
    expect(ballotFromArguments('irv', ['B', 'A'])).toEqual({ ranking: ['B', 'A'] });
    expect(ballotFromArguments('score', ['A=4', 'B=-1'])).toEqual({ scores: { A: 4, B: -1 } });
    expect(ballotFromArguments('dot-vote', ['A=2'])).toEqual({ dots: { A: 2 } });
    expect(ballotFromArguments('meeting-poll', ['mon 10:00=yes', 'tue=if-need-be'])).toEqual({
      marks: { 'mon 10:00': 'yes', tue: 'if-need-be' },
    });
  });

  it('refuses words that cannot be a ballot', () => {
    expect(() => ballotFromArguments('majority', ['yes', 'no'])).toThrow(UsageError);
    expect(() => ballotFromArguments('score', ['A=lots'])).toThrow(UsageError);
    expect(() => ballotFromArguments('dot-vote', ['A'])).toThrow(UsageError);
  });
});
