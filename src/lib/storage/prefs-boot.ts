import { TEXT_SIZE_ATTR, TEXT_SIZE_KEY } from '../prefs/text-size';

/** localStorage key of the trainer view switch ("1" when on). */
export const TRAINER_VIEW_KEY = 'kns.trainerView';
/** Attribute on `<html>` that shows trainer notes. */
export const TRAINER_VIEW_ATTR = 'data-kns-trainer';

/**
 * A tiny inline script for `<head>`: applies the reader's saved display choices (trainer view,
 * text size) before the first paint, so nothing flashes or jumps. Storage may be blocked or hold
 * junk: then the page keeps its defaults.
 */
export function prefsBootScript(): string {
  const json = JSON.stringify;
  return [
    'try{var d=document.documentElement,s=localStorage;',
    `if(s.getItem(${json(TRAINER_VIEW_KEY)})==="1")d.setAttribute(${json(TRAINER_VIEW_ATTR)},"");`,
    `var t=s.getItem(${json(TEXT_SIZE_KEY)});if(t==="large"||t==="xlarge")d.setAttribute(${json(TEXT_SIZE_ATTR)},t)`,
    '}catch(e){}',
  ].join('');
}
