import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseTextSize, TEXT_SIZE_ATTR, TEXT_SIZE_KEY } from '../../src/lib/prefs/text-size';
import { prefsBootScript, SCRIPTING_ATTR, TRAINER_VIEW_ATTR, TRAINER_VIEW_KEY } from '../../src/lib/storage/prefs-boot';

/** What the boot script always sets: scripts run here. */
const JS = { [SCRIPTING_ATTR]: '' };

/** Runs the head boot script against a fake `<html>` and storage; returns the attributes set. */
function boot(storage: Record<string, string> | 'blocked'): Record<string, string> {
  const attrs: Record<string, string> = {};
  const localStorage = storage === 'blocked' ? undefined : { getItem: (key: string) => (key in storage ? storage[key] : null) };
  const context: Record<string, unknown> = {
    document: {
      documentElement: {
        setAttribute: (name: string, value: string) => {
          attrs[name] = value;
        },
      },
    },
  };
  if (localStorage) context.localStorage = localStorage;
  else
    Object.defineProperty(context, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  runInNewContext(prefsBootScript(), context);
  return attrs;
}

describe('text size preference', () => {
  it('reads only the known sizes; junk and old values fall back to normal', () => {
    expect(parseTextSize('large')).toBe('large');
    expect(parseTextSize('xlarge')).toBe('xlarge');
    expect(parseTextSize('normal')).toBe('normal');
    for (const junk of [null, undefined, '', 'huge', 'LARGE', '{"v":1}', 3]) {
      expect(parseTextSize(junk)).toBe('normal');
    }
  });
});

describe('head boot script (applied before first paint)', () => {
  it('applies a saved large or very large size to <html>', () => {
    expect(boot({ [TEXT_SIZE_KEY]: 'large' })).toEqual({ ...JS, [TEXT_SIZE_ATTR]: 'large' });
    expect(boot({ [TEXT_SIZE_KEY]: 'xlarge' })).toEqual({ ...JS, [TEXT_SIZE_ATTR]: 'xlarge' });
  });

  it('leaves the normal size and unknown values alone', () => {
    expect(boot({})).toEqual(JS);
    expect(boot({ [TEXT_SIZE_KEY]: 'normal' })).toEqual(JS);
    expect(boot({ [TEXT_SIZE_KEY]: '<script>' })).toEqual(JS);
  });

  it('applies the trainer view together with the text size', () => {
    expect(boot({ [TRAINER_VIEW_KEY]: '1', [TEXT_SIZE_KEY]: 'large' })).toEqual({
      ...JS,
      [TRAINER_VIEW_ATTR]: '',
      [TEXT_SIZE_ATTR]: 'large',
    });
  });

  it('does not throw when storage is blocked, and still says that scripts run', () => {
    expect(boot('blocked')).toEqual(JS);
  });
});
