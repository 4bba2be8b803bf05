import { describe, expect, it } from 'vitest';
import { Reader, type ReaderState, type Speaker } from '../../src/lib/read-aloud/reader';
import { MAX_SENTENCE, splitSentences } from '../../src/lib/read-aloud/sentences';
import { parseReadRate, pickVietnameseVoice } from '../../src/lib/read-aloud/voices';

describe('cutting text into sentences', () => {
  it('cuts at . ! ? and …, keeps closing quotes, and knows where each sentence is', () => {
    const text = ' Mở ứng dụng. Chạm “Đăng nhập!” Xong chưa?  Chờ một chút… Rồi làm tiếp';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'Mở ứng dụng.',
      'Chạm “Đăng nhập!”',
      'Xong chưa?',
      'Chờ một chút…',
      'Rồi làm tiếp',
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('does not cut inside numbers, amounts or addresses', () => {
    expect(splitSentences('Chuyển 10.000.000 đồng trở lên phải xác thực. Xem dichvucong.gov.vn nhé.').map((s) => s.text)).toEqual(
      ['Chuyển 10.000.000 đồng trở lên phải xác thực.', 'Xem dichvucong.gov.vn nhé.'],
    );
  });

  it('tidies spaces and line breaks, and skips pieces with no words', () => {
    expect(splitSentences('Bước một:\n   mở   máy. — . ').map((s) => s.text)).toEqual(['Bước một: mở máy.']);
  });

  it('cuts a long sentence at commas, then between words, never longer than the limit', () => {
    const clause = 'mở ứng dụng ngân hàng trên điện thoại của bạn';
    const long = Array.from({ length: 8 }, () => clause).join(', ');
    const spans = splitSentences(`${long}.`);
    expect(spans.length).toBeGreaterThan(1);
    for (const span of spans) expect(span.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans[0]?.text.endsWith(',')).toBe(true);
    const words = 'chữ '.repeat(100);
    for (const span of splitSentences(words, 50)) expect(span.text.length).toBeLessThanOrEqual(50);
    expect(
      splitSentences(words, 50)
        .map((s) => s.text)
        .join(' '),
    ).toBe(words.trim());
  });
});

describe('choosing a voice', () => {
  it('takes a Vietnamese voice on the device first, and never another language', () => {
    const voices = [
      { lang: 'en-US', localService: true, name: 'en' },
      { lang: 'vi-VN', localService: false, name: 'online' },
      { lang: 'vi_VN', localService: true, name: 'device' },
    ];
    expect(pickVietnameseVoice(voices)?.name).toBe('device');
    expect(pickVietnameseVoice([{ lang: 'VI', localService: false }])?.lang).toBe('VI');
    expect(pickVietnameseVoice([{ lang: 'en-US' }, { lang: 'fr-VN' }])).toBeUndefined();
    expect(pickVietnameseVoice([])).toBeUndefined();
  });

  it('prefers vi-VN, then vi, then regional voices, whatever order the engine lists them in', () => {
    // What speech-dispatcher with eSpeak offers Chromium.
    const espeak = [{ lang: 'vi-VN-X-CENTRAL' }, { lang: 'vi-VN-X-SOUTH' }, { lang: 'vi' }];
    expect(pickVietnameseVoice(espeak)?.lang).toBe('vi');
    expect(pickVietnameseVoice([...espeak, { lang: 'vi-VN' }])?.lang).toBe('vi-VN');
    expect(pickVietnameseVoice([{ lang: 'vi-VN-X-SOUTH' }, { lang: 'vi-VN-X-CENTRAL' }])?.lang).toBe('vi-VN-X-SOUTH');
  });

  it('reads a stored speed safely', () => {
    expect(parseReadRate('slow')).toBe('slow');
    expect(parseReadRate('{"x":1}')).toBe('normal');
    expect(parseReadRate(null)).toBe('normal');
  });
});

/** A speech engine that speaks only when told to finish. */
class FakeSpeaker implements Speaker {
  spoken: { text: string; rate: number }[] = [];
  cancels = 0;
  private events: { done(): void; failed(error: string): void } | undefined;
  speak(text: string, rate: number, events: { done(): void; failed(error: string): void }) {
    this.spoken.push({ text, rate });
    this.events = events;
  }
  cancel() {
    this.cancels++;
    // Real engines report the cancelled sentence as ended or interrupted.
    this.events?.failed('interrupted');
  }
  finish() {
    this.events?.done();
  }
  fail() {
    this.events?.failed('synthesis-failed');
  }
}

describe('reading aloud', () => {
  const sentences = ['Một.', 'Hai.', 'Ba.'];
  const setup = () => {
    const speaker = new FakeSpeaker();
    const states: string[] = [];
    const lit: number[] = [];
    const reader = new Reader(
      sentences,
      speaker,
      { sentence: (i) => lit.push(i), state: (s: ReaderState, why) => states.push(`${s}:${why}`) },
      0.9,
    );
    return { speaker, states, lit, reader };
  };

  it('reads one sentence at a time, in order, then ends', () => {
    const { speaker, states, lit, reader } = setup();
    reader.play();
    expect(speaker.spoken.map((s) => s.text)).toEqual(['Một.']);
    speaker.finish();
    speaker.finish();
    expect(speaker.spoken.map((s) => s.text)).toEqual(['Một.', 'Hai.', 'Ba.']);
    speaker.finish();
    expect(lit).toEqual([0, 1, 2]);
    expect(reader.state).toBe('idle');
    expect(states.at(-1)).toBe('idle:end');
    expect(speaker.spoken.every((s) => s.rate === 0.9)).toBe(true);
  });

  it('pauses on the current sentence and resumes it from its start', () => {
    const { speaker, reader } = setup();
    reader.play();
    speaker.finish();
    reader.pause();
    expect(reader.state).toBe('paused');
    expect(reader.position).toBe(1);
    // The engine's report of the cancelled sentence must not move the reader on.
    speaker.finish();
    expect(speaker.spoken).toHaveLength(2);
    reader.resume();
    expect(speaker.spoken.map((s) => s.text)).toEqual(['Một.', 'Hai.', 'Hai.']);
    expect(reader.state).toBe('playing');
  });

  it('stops, silences the engine and starts again from the top', () => {
    const { speaker, states, reader } = setup();
    reader.play();
    speaker.finish();
    reader.stop();
    expect(reader.state).toBe('idle');
    expect(speaker.cancels).toBeGreaterThan(0);
    expect(states.at(-1)).toBe('idle:stop');
    reader.play();
    expect(speaker.spoken.at(-1)?.text).toBe('Một.');
  });

  it('changes speed by reading the current sentence again at the new speed', () => {
    const { speaker, reader } = setup();
    reader.play();
    reader.setRate(0.7);
    expect(speaker.spoken.at(-1)).toEqual({ text: 'Một.', rate: 0.7 });
  });

  it('gives up on an engine error and says so', () => {
    const { speaker, states, reader } = setup();
    reader.play();
    speaker.fail();
    expect(reader.state).toBe('idle');
    expect(states.at(-1)).toBe('idle:error');
  });
});
