import { isIsoDay } from '../format/date';
import { foldVietnamese } from '../text/fold';

/**
 * The household tally's model: one record per household the team member visited, kept on the
 * member's own device. A household is named by a short label the member chooses (a house number),
 * never by an ID number; the five skills are those of Công văn 3240/BTTTT-CĐSQG.
 */
export const SKILLS = [1, 2, 3, 4, 5] as const;
export type Skill = (typeof SKILLS)[number];

export interface Household {
  /** Short label chosen by the member, e.g. "Nhà số 12" or "12 ngõ 3". */
  label: string;
  /** Day of the (last) visit, `YYYY-MM-DD`. */
  visited: string;
  /** Skills at least one person in the household masters, sorted, each once. */
  skills: Skill[];
  /** Free note: what to teach next time. */
  note: string;
}

export const LABEL_MAX = 40;
export const NOTE_MAX = 500;

/** Why a household cannot be saved; each reason has a message `kns.tally.problem.<reason>` in the UI strings. */
export const HOUSEHOLD_PROBLEMS = [
  'labelMissing',
  'labelTooLong',
  'labelLooksLikeId',
  'dateInvalid',
  'dateInFuture',
  'noteTooLong',
  'skillInvalid',
] as const;
export type HouseholdProblem = (typeof HOUSEHOLD_PROBLEMS)[number];

/**
 * Two labels that differ only in case, tone marks, đ or spacing name the same household: a member
 * who types "nha so 12" on the doorstep means the "Nhà số 12" already in the book.
 */
export function labelKey(label: string): string {
  return foldVietnamese(label.normalize('NFC')).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A run of 9 or more digits looks like an ID-card or phone number: not allowed in a label. */
export function looksLikeIdNumber(text: string): boolean {
  return /\d{9,}/.test(text.replace(/[\s.-]/g, ''));
}

/** Cleans and checks a household as typed; returns the record or the problems found. */
export function validateHousehold(
  input: { label: string; visited: string; skills: readonly number[]; note: string },
  today: string,
): { household: Household; problems: [] } | { household: undefined; problems: HouseholdProblem[] } {
  const problems: HouseholdProblem[] = [];
  const label = input.label.normalize('NFC').trim().replace(/\s+/g, ' ');
  const note = input.note.normalize('NFC').trim();
  if (!label) problems.push('labelMissing');
  else if (label.length > LABEL_MAX) problems.push('labelTooLong');
  else if (looksLikeIdNumber(label)) problems.push('labelLooksLikeId');
  if (!isIsoDay(input.visited)) problems.push('dateInvalid');
  else if (input.visited > today) problems.push('dateInFuture');
  if (note.length > NOTE_MAX) problems.push('noteTooLong');
  if (input.skills.some((s) => !SKILLS.includes(s as Skill))) problems.push('skillInvalid');
  if (problems.length > 0) return { household: undefined, problems };
  const skills = [...new Set(input.skills as Skill[])].sort((a, b) => a - b);
  return { household: { label, visited: input.visited, skills, note }, problems: [] };
}
