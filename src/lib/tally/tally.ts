import { type Household, labelKey, SKILLS, type Skill } from './household';

/** Adds a household, or replaces the one with the same label. Households stay sorted by label. */
export function upsertHousehold(households: readonly Household[], household: Household, previousLabel?: string): Household[] {
  const drop = new Set([labelKey(household.label), ...(previousLabel ? [labelKey(previousLabel)] : [])]);
  return sortHouseholds([...households.filter((h) => !drop.has(labelKey(h.label))), household]);
}

export function removeHousehold(households: readonly Household[], label: string): Household[] {
  const key = labelKey(label);
  return households.filter((h) => labelKey(h.label) !== key);
}

/** Natural order, so "Nhà 2" comes before "Nhà 10". */
export function sortHouseholds(households: readonly Household[]): Household[] {
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  return [...households].sort((a, b) => collator.compare(a.label, b.label));
}

export interface TallySummary {
  /** Households visited at least once. */
  visited: number;
  /** Households where at least one person masters all five skills. */
  allFive: number;
  /** For each skill 1–5, households where someone masters it. */
  perSkill: Record<Skill, number>;
}

/** The village summary the team reports: the target is every household with all five skills. */
export function summarize(households: readonly Household[]): TallySummary {
  const perSkill = Object.fromEntries(SKILLS.map((s) => [s, 0])) as Record<Skill, number>;
  let allFive = 0;
  for (const household of households) {
    for (const skill of household.skills) perSkill[skill]++;
    if (SKILLS.every((s) => household.skills.includes(s))) allFive++;
  }
  return { visited: households.length, allFive, perSkill };
}

/**
 * Merges households from a file into those on the device, by label. A skill once mastered stays
 * mastered (union); the later visit date wins, and with it that visit's note.
 */
export function mergeHouseholds(
  current: readonly Household[],
  incoming: readonly Household[],
): { households: Household[]; added: number; updated: number; unchanged: number } {
  const byKey = new Map(current.map((h) => [labelKey(h.label), h]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const next of incoming) {
    const key = labelKey(next.label);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, next);
      added++;
      continue;
    }
    const newer = next.visited > existing.visited ? next : existing;
    const merged: Household = {
      label: existing.label,
      visited: newer.visited,
      skills: [...new Set([...existing.skills, ...next.skills])].sort((a, b) => a - b),
      note: newer.note || (newer === next ? existing.note : next.note),
    };
    const same =
      merged.visited === existing.visited && merged.note === existing.note && merged.skills.join() === existing.skills.join();
    if (same) unchanged++;
    else updated++;
    byKey.set(key, merged);
  }
  return { households: sortHouseholds([...byKey.values()]), added, updated, unchanged };
}
