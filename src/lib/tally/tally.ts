import { type Household, LABEL_MAX, labelKey, SKILLS, type Skill } from './household';

/** What saving the form did: saved, or stopped because it would have replaced another record. */
export type SaveOutcome =
  | { kind: 'saved'; households: Household[] }
  /**
   * Nothing changed. `sameLabel`: another household already has this label (case, marks and
   * spaces ignored). `changedElsewhere`: the household being edited was changed (or removed) in
   * another tab since the form was opened.
   */
  | { kind: 'conflict'; reason: 'sameLabel' | 'changedElsewhere'; existing: Household | undefined };

const sameRecord = (a: Household, b: Household) =>
  a.label === b.label && a.visited === b.visited && a.note === b.note && a.skills.join() === b.skills.join();

/**
 * Saves a household from the form without ever replacing another one: a new household whose label
 * is already in the book, or an edit whose record changed since the form was opened (`editing` is
 * the record as it was then), is a conflict for the member to settle. Households stay sorted.
 */
export function saveHousehold(households: readonly Household[], household: Household, editing?: Household): SaveOutcome {
  const key = labelKey(household.label);
  if (editing) {
    const current = households.find((h) => labelKey(h.label) === labelKey(editing.label));
    if (current && !sameRecord(current, editing)) return { kind: 'conflict', reason: 'changedElsewhere', existing: current };
    if (!current) return { kind: 'conflict', reason: 'changedElsewhere', existing: undefined };
  }
  const other = households.find((h) => labelKey(h.label) === key && (!editing || labelKey(h.label) !== labelKey(editing.label)));
  if (other) return { kind: 'conflict', reason: 'sameLabel', existing: other };
  const rest = editing ? households.filter((h) => labelKey(h.label) !== labelKey(editing.label)) : households;
  return { kind: 'saved', households: sortHouseholds([...rest, household]) };
}

/**
 * What the form shows when the member chooses to update the household already in the book: its
 * label, every skill either record has, the later visit, and both notes when they differ. Nothing
 * is saved until the member presses save.
 */
export function combineForUpdate(existing: Household, typed: Household): Household {
  const notes = [existing.note, typed.note].filter((note, i, all) => note && all.indexOf(note) === i);
  return {
    label: existing.label,
    // `YYYY-MM-DD` dates compare as text: the later of the two visits.
    visited: [existing.visited, typed.visited].sort().at(-1) ?? existing.visited,
    skills: [...new Set([...existing.skills, ...typed.skills])].sort((a, b) => a - b),
    note: notes.join('\n'),
  };
}

/** A label not yet in the book, for keeping two households apart: "Nhà số 12 (2)". */
export function distinctLabel(households: readonly Household[], label: string): string {
  const taken = new Set(households.map((h) => labelKey(h.label)));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${label.slice(0, LABEL_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(labelKey(candidate))) return candidate;
  }
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
