/*
 * A ranking being built: the options ranked so far, most preferred first. Options left out rank
 * below every ranked one, as the server counts them. Every move keeps the list a set of options.
 */

/** Puts `option` at the end of the ranking (no change when it is ranked already). */
export function rank(ranking: readonly string[], option: string): string[] {
  return ranking.includes(option) ? [...ranking] : [...ranking, option];
}

export function unrank(ranking: readonly string[], option: string): string[] {
  return ranking.filter((o) => o !== option);
}

/** Moves the option at `from` to position `to` (both clamped into the list). */
export function moveTo(ranking: readonly string[], from: number, to: number): string[] {
  const next = [...ranking];
  if (from < 0 || from >= next.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved!);
  return next;
}

export function moveUp(ranking: readonly string[], option: string): string[] {
  const at = ranking.indexOf(option);
  return at > 0 ? moveTo(ranking, at, at - 1) : [...ranking];
}

export function moveDown(ranking: readonly string[], option: string): string[] {
  const at = ranking.indexOf(option);
  return at >= 0 && at < ranking.length - 1 ? moveTo(ranking, at, at + 1) : [...ranking];
}

/** The options not ranked yet, in the proposal's order. */
export function unranked(options: readonly string[], ranking: readonly string[]): string[] {
  return options.filter((o) => !ranking.includes(o));
}
