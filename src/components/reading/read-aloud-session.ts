/**
 * The reading itself, loaded only when "Nghe bài" is first pressed (read-aloud-element.ts): most
 * readers never press it, and a lesson page's first load must stay within 40 KB gzip.
 */
import { NOT_READ_SELECTOR } from '../../lib/lesson-views/markup';
import { Reader, type ReaderState, type Speaker } from '../../lib/read-aloud/reader';
import { splitSentences } from '../../lib/read-aloud/sentences';
import { pickVietnameseVoice } from '../../lib/read-aloud/voices';

/** Parts of a lesson read aloud: the title, then the lesson's text in reading order. */
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, th, td, figcaption, blockquote';
/**
 * Never read: the quiz (it is answered, not listened to), sources, the lesson's code line and
 * controls, heading anchors' screen-reader text, icons, and anything hidden. Hidden trainer
 * notes have no box on screen, so they are skipped too (`getClientRects`).
 */
const SKIP = `${NOT_READ_SELECTOR}, .kns-reading-tools, kns-trainer-toggle, .sl-anchor-link, nav, script, style, template, [hidden], [aria-hidden="true"], .sr-only`;
const HIGHLIGHT = 'kns-reading';

interface Sentence {
  text: string;
  block: Element;
  range: Range;
}

const shown = (element: Element) => element.getClientRects().length > 0;

/** The lesson's sentences, each with the stretch of the page it comes from. */
function lessonSentences(): Sentence[] {
  const main = document.querySelector('main');
  const title = main?.querySelector('h1');
  const content = main?.querySelector('.sl-markdown-content');
  const blocks = [...(title ? [title] : []), ...(content?.querySelectorAll(BLOCKS) ?? [])].filter(
    (block) => !block.closest(SKIP) && shown(block),
  );
  return blocks.flatMap((block) => {
    // The block's own text: not that of a block inside it (read on its own), nor skipped parts.
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        const parent = node.parentElement;
        if (!parent || parent.closest(BLOCKS) !== block || parent.closest(SKIP) || !shown(parent))
          return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const text = nodes.map((node) => node.data).join('');
    // Where each text node starts in `text`, to turn a sentence's offsets back into a Range.
    const starts: number[] = [];
    nodes.reduce((at, node) => {
      starts.push(at);
      return at + node.data.length;
    }, 0);
    const point = (offset: number, end: boolean): [Text, number] => {
      let i = nodes.length - 1;
      while (i > 0 && ((starts[i] ?? 0) > offset || (end && starts[i] === offset))) i--;
      const node = nodes[i] as Text;
      return [node, Math.min(offset - (starts[i] ?? 0), node.data.length)];
    };
    return splitSentences(text).map((span) => {
      const range = document.createRange();
      range.setStart(...point(span.start, false));
      range.setEnd(...point(span.end, true));
      return { text: span.text, block, range };
    });
  });
}

/** The device's voices; some browsers list them only after a `voiceschanged` event. */
function voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    window.setTimeout(done, 2000);
  });
}

/** The browser's speech synthesis as a `Speaker`, in Vietnamese with the chosen voice. */
function browserSpeaker(synth: SpeechSynthesis, voice: SpeechSynthesisVoice): Speaker {
  let token = 0;
  return {
    speak(text, rate, events) {
      const mine = ++token;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'vi-VN';
      utterance.voice = voice;
      utterance.rate = rate;
      utterance.onend = () => events.done();
      utterance.onerror = (event) => events.failed(event.error);
      // Some engines drop an utterance queued in the same moment as a cancel: wait a tick.
      window.setTimeout(() => {
        if (mine === token) synth.speak(utterance);
      }, 0);
    },
    cancel() {
      token++;
      synth.cancel();
    },
  };
}

/**
 * One listener's reading of the lesson in `root` (the <kns-read-aloud> element): speaks in
 * Vietnamese only. With no Vietnamese voice on the device it says how to add one instead of
 * reading with a voice no one could follow.
 */
export class ReadAloudSession {
  private reader: Reader | undefined;
  private sentences: Sentence[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly synth: SpeechSynthesis,
    private readonly say: (key: string) => string,
  ) {}

  get state(): ReaderState {
    return this.reader?.state ?? 'idle';
  }

  /** "Nghe bài" / "Tạm dừng" / "Đọc tiếp": one button, what it does depends on the state. */
  async toggle(rate: number): Promise<void> {
    if (this.state === 'playing') this.reader?.pause();
    else if (this.state === 'paused') this.reader?.resume();
    else await this.start(rate);
  }

  stop(): void {
    this.reader?.stop();
  }

  setRate(rate: number): void {
    this.reader?.setRate(rate);
  }

  private status(text: string): void {
    const status = this.root.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  private async start(rate: number): Promise<void> {
    this.status(this.say('preparing'));
    const voice = pickVietnameseVoice(await voices(this.synth));
    if (!voice) {
      this.status(this.say('noVoice'));
      return;
    }
    this.sentences = lessonSentences();
    this.reader = new Reader(
      this.sentences.map((sentence) => sentence.text),
      browserSpeaker(this.synth, voice),
      { sentence: (index) => this.light(index), state: (state, why) => this.show(state, why) },
      rate,
    );
    this.reader.play();
  }

  /** Lights up the sentence being read and brings it into view. */
  private light(index: number): void {
    const sentence = this.sentences[index];
    this.unlight();
    if (!sentence) return;
    sentence.block.classList.add('kns-reading-block');
    const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    if (highlights && typeof Highlight === 'function') highlights.set(HIGHLIGHT, new Highlight(sentence.range));
    const box = sentence.range.getBoundingClientRect();
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    // While reading, the controls sit at the foot of the screen: the sentence must show above them.
    const foot = this.root.querySelector('.kns-read-aloud__controls')?.getBoundingClientRect().top ?? window.innerHeight;
    const top = header + 8;
    const bottom = Math.min(foot, window.innerHeight) - 8;
    if (box.top < top || box.bottom > bottom) {
      // A third of the way down the free space; a sentence too tall for it starts at its top.
      const room = bottom - top - box.height;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({ top: box.top - top - Math.max(0, room / 3), behavior: still ? 'auto' : 'smooth' });
    }
  }

  private unlight(): void {
    for (const block of document.querySelectorAll('.kns-reading-block')) block.classList.remove('kns-reading-block');
    (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(HIGHLIGHT);
  }

  private show(state: ReaderState, why: string): void {
    const play = this.root.querySelector('[data-play]');
    const label = play?.querySelector('[data-label]');
    const stop = this.root.querySelector<HTMLButtonElement>('[data-stop]');
    if (label) label.textContent = this.say(state === 'playing' ? 'pause' : state === 'paused' ? 'resume' : 'listen');
    if (stop) {
      // Keep the keyboard where it was when the stop button it was on goes away.
      if (state === 'idle' && document.activeElement === stop) (play as HTMLElement | null)?.focus();
      stop.hidden = state === 'idle';
    }
    // The speed is offered while reading: fewer buttons before, for a first-time listener.
    const speed = this.root.querySelector<HTMLElement>('[data-speed]');
    if (speed && !speed.contains(document.activeElement)) speed.hidden = state === 'idle';
    if (state === 'idle') this.unlight();
    // While reading, pause and stop stay at hand at the foot of the screen as the page scrolls.
    this.root.classList.toggle('kns-read-aloud--active', state !== 'idle');
    const messages: Record<string, string> = {
      start: 'reading',
      resume: 'reading',
      pause: 'paused',
      stop: 'stopped',
      end: 'done',
      error: 'failed',
    };
    this.status(this.say(messages[why] ?? 'reading'));
  }
}
