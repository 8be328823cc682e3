/** What a person may do follows from these facts alone, read from the projections at request time. */
export type MembershipLevel = 'casual' | 'dating' | 'committed';
export type DatingStage = 1 | 2 | 3;

export interface ConstituencyRights {
  propose: boolean;
  comment: boolean;
  vote: boolean;
  /** A vote that counts towards the outcome, not only shown (daters in stages 1 and 2 have it off). */
  bindingVote: boolean;
}

/** The signed-in member as the policy sees them. */
export interface Actor {
  memberId: string;
  displayName: string;
  founder: boolean;
  status: 'active' | 'left';
  /** Worker-members have a level; people only in other constituencies (clients, supporters) have null. */
  level: MembershipLevel | null;
  datingStage: DatingStage | null;
  constituencies: Array<{ id: string; rights: ConstituencyRights }>;
  circles: Array<{ id: string; steward: boolean }>;
  /** Daters this member mentors; absent where an Actor is built without it, which grants nothing. */
  mentees?: string[];
}
