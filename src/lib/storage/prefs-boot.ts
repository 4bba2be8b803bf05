/** localStorage key of the trainer view switch ("1" when on). */
export const TRAINER_VIEW_KEY = 'kns.trainerView';
/** Attribute on `<html>` that shows trainer notes. */
export const TRAINER_VIEW_ATTR = 'data-kns-trainer';

/**
 * A tiny inline script for `<head>`: applies the reader's saved display choices before the first
 * paint, so nothing flashes. Storage may be blocked or hold junk: then nothing happens.
 */
export function prefsBootScript(): string {
  return `try{if(localStorage.getItem(${JSON.stringify(TRAINER_VIEW_KEY)})==="1")document.documentElement.setAttribute(${JSON.stringify(TRAINER_VIEW_ATTR)},"")}catch(e){}`;
}
