import type { Say } from '../../lib/i18n/client-strings';
import { type Household, SKILLS, type Skill } from '../../lib/tally/household';
import type { ImportIssue } from '../../lib/tally/table';
import { toVietnameseDate } from '../../lib/tally/table';

/**
 * The parts of the tally page drawn from the book: one card per household, and the report after
 * an import. Each is made from the page's UI strings (`say`), so the element only wires them up.
 */

/** One household's card, from the page's `<template data-item>`: label, date, five skills, note. */
export function householdItem(
  template: HTMLTemplateElement,
  household: Household,
  skills: Record<Skill, string>,
  say: Say,
  readOnly: boolean,
): HTMLElement {
  const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const part = <T extends HTMLElement>(selector: string) => item.querySelector(selector) as T;
  item.dataset.label = household.label;
  part('.kns-household__label').textContent = household.label;
  part('.kns-household__date').textContent = say('visitedOn', { date: toVietnameseDate(household.visited) });
  const list = part('.kns-household__skills');
  for (const skill of SKILLS) {
    const has = household.skills.includes(skill);
    const li = document.createElement('li');
    li.className = has ? 'is-yes' : 'is-no';
    li.textContent = `${has ? '✓' : '—'} ${skills[skill]}: ${has ? say('has') : say('hasNot')}`;
    list.append(li);
  }
  const note = part('.kns-household__note');
  note.textContent = household.note;
  note.hidden = !household.note;
  for (const [selector, text, label] of [
    ['[data-edit]', 'edit', 'editLabel'],
    ['[data-remove]', 'remove', 'removeLabel'],
  ] as const) {
    const button = part<HTMLButtonElement>(selector);
    button.textContent = say(text);
    button.setAttribute('aria-label', say(label, { label: household.label }));
    button.disabled = readOnly;
  }
  return item;
}

const paragraph = (textContent: string) => Object.assign(document.createElement('p'), { textContent });

/** What an import did: how many households were added, updated, unchanged, and each row skipped. */
export function importReport(
  merged: { added: number; updated: number; unchanged: number },
  issues: readonly ImportIssue[],
  say: Say,
): HTMLElement[] {
  const lines: HTMLElement[] = [paragraph(say('importDone', { ...merged }))];
  if (issues.length === 0) return lines;
  lines.push(paragraph(say('importSkipped', { count: issues.length })));
  const list = document.createElement('ul');
  for (const issue of issues) {
    const item = document.createElement('li');
    const dateDetail = issue.detail && issue.problem.startsWith('date') ? ` (${issue.detail})` : '';
    item.textContent = `${say('line', { line: issue.line })}: ${say(`problem.${issue.problem}`, { detail: issue.detail ?? '' })}${dateDetail}`;
    list.append(item);
  }
  lines.push(list);
  return lines;
}

/** A notice that the file picked is not a tally this site wrote. */
export const notOursReport = (say: Say): HTMLElement[] => [paragraph(say('importNotOurs'))];
