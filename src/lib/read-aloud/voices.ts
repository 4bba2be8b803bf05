/** What read-aloud needs to know of a voice (a `SpeechSynthesisVoice` has these). */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
}

const isVietnamese = (lang: string) => /^vi(?:[-_]|$)/i.test(lang.trim());
/** vi-VN itself first, then plain vi, then any other Vietnamese voice (regional variants). */
const tagRank = (lang: string) => (/^vi[-_]vn$/i.test(lang.trim()) ? 0 : /^vi$/i.test(lang.trim()) ? 1 : 2);

/**
 * The voice to read a Vietnamese lesson with, or undefined when the device has none: then the
 * page says so instead of reading Vietnamese with an English voice, which no one could follow.
 * A voice on the device comes first (it works offline, at the cultural house); among those,
 * vi-VN, then vi, then the others: a real engine (eSpeak through speech-dispatcher) lists `vi`,
 * `vi-VN-X-CENTRAL` and `vi-VN-X-SOUTH`, and the regional ones are not the standard voice.
 */
export function pickVietnameseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const vietnamese = voices.filter((voice) => isVietnamese(voice.lang));
  const rank = (voice: V) => (voice.localService === false ? 3 : 0) + tagRank(voice.lang);
  return [...vietnamese].sort((a, b) => rank(a) - rank(b))[0];
}

/** Reading speeds offered, slowest first; "normal" is a little slower than the engines' 1. */
export const READ_RATES = { slow: 0.7, normal: 0.9, fast: 1.1 } as const;
export type ReadRate = keyof typeof READ_RATES;
export const READ_RATE_KEY = 'kns.readRate';

export function parseReadRate(value: unknown): ReadRate {
  return value === 'slow' || value === 'fast' ? value : 'normal';
}
