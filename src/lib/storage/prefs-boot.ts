import { TEXT_SIZE_ATTR, TEXT_SIZE_KEY } from '../prefs/text-size';

/** localStorage key of the slides' dark theme ("dark" when on), chosen in the deck (D). */
export const SLIDES_THEME_KEY = 'kns.slidesTheme';
/** localStorage key of Starlight's theme choice ("light" or "dark"; none for "auto"). */
export const SITE_THEME_KEY = 'starlight-theme';

/**
 * Attribute on `<html>` that says scripts run: what only a script can work (the reading tools,
 * the practice phone) is in the page from the start, so nothing moves when the script arrives,
 * and hidden by CSS where this attribute is missing (a browser that runs no script).
 */
export const SCRIPTING_ATTR = 'data-kns-js';

/** localStorage key of the trainer view switch ("1" when on). */
export const TRAINER_VIEW_KEY = 'kns.trainerView';
/** Attribute on `<html>` that shows trainer notes. */
export const TRAINER_VIEW_ATTR = 'data-kns-trainer';

/**
 * A tiny inline script for `<head>`: says that scripts run (SCRIPTING_ATTR) and applies the
 * reader's saved display choices (trainer view, text size) before the first paint, so nothing
 * flashes or jumps. Storage may be blocked or hold
 * junk: then the page keeps its defaults.
 */
export function prefsBootScript(): string {
  const json = JSON.stringify;
  return [
    `document.documentElement.setAttribute(${json(SCRIPTING_ATTR)},"");`,
    'try{var d=document.documentElement,s=localStorage;',
    `if(s.getItem(${json(TRAINER_VIEW_KEY)})==="1")d.setAttribute(${json(TRAINER_VIEW_ATTR)},"");`,
    `var t=s.getItem(${json(TEXT_SIZE_KEY)});if(t==="large"||t==="xlarge")d.setAttribute(${json(TEXT_SIZE_ATTR)},t)`,
    '}catch(e){}',
  ].join('');
}

/** The slides' own boot script: the dark theme a trainer chose last time, before the first paint. */
export function slidesBootScript(): string {
  return `try{if(localStorage.getItem(${JSON.stringify(SLIDES_THEME_KEY)})==="dark")document.documentElement.dataset.deckTheme="dark"}catch(e){}`;
}
