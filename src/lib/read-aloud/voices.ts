/** What read-aloud needs to know of a voice (a `SpeechSynthesisVoice` has these). */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
}

const isVietnamese = (lang: string) => /^vi(?:[-_]|$)/i.test(lang.trim());
const isVietnam = (lang: string) => /^vi[-_]vn$/i.test(lang.trim());

/**
 * The voice to read a Vietnamese lesson with, or undefined when the device has none: then the
 * page says so instead of reading Vietnamese with an English voice, which no one could follow.
 * A voice on the device comes first (it works offline, at the cultural house), then vi-VN.
 */
export function pickVietnameseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const vietnamese = voices.filter((voice) => isVietnamese(voice.lang));
  const rank = (voice: V) => (voice.localService ? 0 : 2) + (isVietnam(voice.lang) ? 0 : 1);
  return [...vietnamese].sort((a, b) => rank(a) - rank(b))[0];
}

/** Reading speeds offered, slowest first; "normal" is a little slower than the engines' 1. */
export const READ_RATES = { slow: 0.7, normal: 0.9, fast: 1.1 } as const;
export type ReadRate = keyof typeof READ_RATES;
export const READ_RATE_KEY = 'kns.readRate';

export function parseReadRate(value: unknown): ReadRate {
  return value === 'slow' || value === 'fast' ? value : 'normal';
}
