import type { AstroGlobal } from 'astro';
import { tx } from '../i18n/t';
import type { Control } from './flow-schema';
import type { PictureWords } from './picture';

type T = AstroGlobal['locals']['t'];

/** The words of the pictures (lib/practice/picture.ts), from the UI strings. */
export function pictureWords(t: T): PictureWords {
  return {
    simulated: t('kns.practice.simulated'),
    alt: (vars) => tx(t, 'kns.practice.alt', vars),
    control: (kind: Control['kind'], label: string) =>
      tx(t, `kns.practice.control.${kind}` as 'kns.practice.control.button', { label }),
  };
}
