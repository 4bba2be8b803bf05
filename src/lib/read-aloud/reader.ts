/** Whether the reader is reading, paused on a sentence, or stopped. */
export type ReaderState = 'idle' | 'playing' | 'paused';

export interface Speaker {
  /** Speaks one sentence, then calls `done`; calls `failed` when it could not. */
  speak(text: string, rate: number, events: { done(): void; failed(error: string): void }): void;
  /** Silences whatever is being said. Events of a cancelled sentence are ignored. */
  cancel(): void;
}

export interface ReaderHooks {
  /** A sentence starts being read. */
  sentence?(index: number): void;
  state?(state: ReaderState, why: 'start' | 'pause' | 'resume' | 'stop' | 'end' | 'error'): void;
}

/**
 * Reads a list of sentences aloud, one at a time, through a `Speaker` (the browser's speech
 * synthesis in the page, a fake in tests). Pause is a stop that remembers the sentence: Android's
 * engines do not pause reliably, so "resume" reads the current sentence again from its start.
 */
export class Reader {
  private index = 0;
  private current: ReaderState = 'idle';
  /** Bumped at every change, so that a late event of a cancelled sentence changes nothing. */
  private turn = 0;

  constructor(
    private readonly sentences: readonly string[],
    private readonly speaker: Speaker,
    private readonly hooks: ReaderHooks = {},
    private rate = 1,
  ) {}

  get state(): ReaderState {
    return this.current;
  }

  get position(): number {
    return this.index;
  }

  play(from = 0): void {
    this.silence();
    this.index = Math.max(0, Math.min(from, this.sentences.length));
    this.set('playing', 'start');
    this.speakCurrent();
  }

  pause(): void {
    if (this.current !== 'playing') return;
    this.silence();
    this.set('paused', 'pause');
  }

  resume(): void {
    if (this.current !== 'paused') return;
    this.set('playing', 'resume');
    this.speakCurrent();
  }

  stop(): void {
    if (this.current === 'idle') return;
    this.silence();
    this.index = 0;
    this.set('idle', 'stop');
  }

  /** A new speed; a sentence being read starts again at that speed. */
  setRate(rate: number): void {
    this.rate = rate;
    if (this.current !== 'playing') return;
    this.silence();
    this.speakCurrent();
  }

  private silence(): void {
    this.turn++;
    this.speaker.cancel();
  }

  private set(state: ReaderState, why: Parameters<NonNullable<ReaderHooks['state']>>[1]): void {
    this.current = state;
    this.hooks.state?.(state, why);
  }

  private speakCurrent(): void {
    const text = this.sentences[this.index];
    if (text === undefined) {
      this.index = 0;
      this.set('idle', 'end');
      return;
    }
    const turn = ++this.turn;
    this.hooks.sentence?.(this.index);
    this.speaker.speak(text, this.rate, {
      done: () => {
        if (turn !== this.turn) return;
        this.index++;
        this.speakCurrent();
      },
      failed: () => {
        if (turn !== this.turn) return;
        this.turn++;
        this.set('idle', 'error');
      },
    });
  }
}
