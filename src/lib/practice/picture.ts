import { type Control, type Part, screenControls } from './flow-schema';
import { ICONS, type IconName } from './icons';
import type { StepView } from './screen-state';

/**
 * A step of a practice flow drawn as an SVG picture at build time: the mock screen as the practice
 * page shows it, with the part to use circled. Drawn from the flow's definition with a few shapes
 * and system fonts (no screenshot, no real app's artwork), a few KB each; black-and-white friendly
 * (outlines and dark text, the circle thick and dashed), so the same file serves lessons,
 * handouts and slides. Text sizes are large for the width (a phone with big text, as older
 * readers set it), so a small picture stays legible.
 */

/** Words the pictures use, from the UI strings (kns.practice.*). */
export interface PictureWords {
  /** Corner tag: “Mô phỏng”. */
  simulated: string;
  /** Alt text: `{screen}. {circled}: {part}. {hint}`. */
  alt: (vars: { screen: string; part: string; hint: string }) => string;
  /** How a control is named in the alt text: `nút “{label}”`, `ô “{label}”`… */
  control: (kind: Control['kind'], label: string) => string;
}

export const PICTURE_WIDTH = 300;
const PAD = 12;
const INNER = PICTURE_WIDTH - 2 * PAD;
const FONT = 'system-ui, Roboto, &quot;Noto Sans&quot;, Arial, sans-serif';
const INK = '#1b1b1b';
const MUTED = '#555';
const LINE = '#6b6b6b';
const ACCENT = '#0b5560';
const RING = '#c4001a';

const TONES = {
  warning: { fill: '#fff3d6', edge: '#8a4b00', icon: 'warning' },
  danger: { fill: '#fde7e7', edge: '#9b1c1c', icon: 'warning' },
  info: { fill: '#e8f0fb', edge: '#1d4e89', icon: 'shield' },
  success: { fill: '#e5f3e8', edge: '#1e6b34', icon: 'check' },
} as const satisfies Record<string, { fill: string; edge: string; icon: IconName }>;

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Estimated width of text in a proportional sans-serif, generous so lines never overflow. */
function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) {
    if (ch === ' ') units += 0.3;
    else if (/[A-ZĐ0-9ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸMW•]/.test(ch)) units += 0.72;
    else if (/[iljtf.,:;'|!()]/.test(ch)) units += 0.32;
    else if (/[mw]/.test(ch)) units += 0.88;
    else units += 0.6;
  }
  return units * size;
}

/** Text broken into lines that fit `width` at `size`. */
export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How a piece of text is drawn; left out means the default. */
interface TextStyle {
  weight?: number | undefined;
  fill?: string | undefined;
  anchor?: string | undefined;
}

class Canvas {
  out: string[] = [];
  boxes = new Map<string, Box>();
  y = 0;

  text(x: number, y: number, text: string, size: number, options: TextStyle = {}) {
    const attrs = [
      `x="${x.toFixed(1)}"`,
      `y="${y.toFixed(1)}"`,
      `font-size="${size}"`,
      options.weight ? `font-weight="${options.weight}"` : '',
      options.fill && options.fill !== INK ? `fill="${options.fill}"` : '',
      options.anchor ? `text-anchor="${options.anchor}"` : '',
    ].filter(Boolean);
    this.out.push(`<text ${attrs.join(' ')}>${escapeXml(text)}</text>`);
  }

  /** Lines of wrapped text from the current y; returns the height used. */
  lines(x: number, text: string, size: number, width: number, options: TextStyle = {}) {
    const lines = wrap(text, size, width);
    const lead = Math.round(size * 1.3);
    lines.forEach((line, i) => {
      this.text(x, this.y + size + i * lead, line, size, options);
    });
    return lines.length * lead;
  }

  rect(box: Box, fill: string, stroke = 'none', radius = 8, width = 1.5) {
    this.out.push(
      `<rect x="${box.x}" y="${box.y.toFixed(1)}" width="${box.w}" height="${box.h.toFixed(1)}" rx="${radius}" fill="${fill}"${stroke === 'none' ? '' : ` stroke="${stroke}" stroke-width="${width}"`}/>`,
    );
  }

  icon(name: IconName, x: number, y: number, size: number, color: string) {
    const s = size / 24;
    this.out.push(
      `<path d="${ICONS[name]}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${s.toFixed(3)})" fill="none" stroke="${color}" stroke-width="${(2 / s).toFixed(2)}" stroke-linecap="round" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`,
    );
  }
}

const TONE_BUTTON = {
  primary: { fill: ACCENT, edge: ACCENT, ink: '#fff' },
  secondary: { fill: '#fff', edge: ACCENT, ink: ACCENT },
  danger: { fill: '#fff', edge: '#9b1c1c', ink: '#9b1c1c' },
} as const;

function button(c: Canvas, id: string, label: string, tone: keyof typeof TONE_BUTTON, icon: IconName | undefined, box: Box) {
  const style = TONE_BUTTON[tone];
  c.rect(box, style.fill, style.edge, 10, 2);
  const size = 17;
  const lines = wrap(label, size, box.w - (icon ? 52 : 20));
  const lead = Math.round(size * 1.25);
  const textH = lines.length * lead;
  const iconW = icon ? 28 : 0;
  const widest = Math.max(...lines.map((l) => textWidth(l, size)));
  const startX = box.x + (box.w - Math.min(widest + iconW, box.w - 16)) / 2;
  if (icon) c.icon(icon, startX, box.y + box.h / 2 - 11, 22, style.ink);
  lines.forEach((line, i) => {
    c.text(startX + iconW, box.y + (box.h - textH) / 2 + size * 0.95 + i * lead, line, size, { weight: 600, fill: style.ink });
  });
  c.boxes.set(id, box);
}

function buttonHeight(label: string, width: number, icon: boolean) {
  return Math.max(46, wrap(label, 17, width - (icon ? 52 : 20)).length * 21 + 20);
}

/** Draws one part at the canvas's y and moves y down. */
function drawPart(c: Canvas, part: Part, values: Record<string, string>) {
  const x = PAD;
  switch (part.kind) {
    case 'appbar': {
      const h = 46;
      c.rect({ x: 0, y: c.y, w: PICTURE_WIDTH, h }, '#e9eff0', 'none', 0);
      c.out.push(`<line x1="0" y1="${c.y + h}" x2="${PICTURE_WIDTH}" y2="${c.y + h}" stroke="${LINE}"/>`);
      let tx = x + 4;
      if (part.back) {
        c.icon('back', x, c.y + 11, 24, INK);
        c.boxes.set(part.back, { x: x - 4, y: c.y + 5, w: 34, h: 36 });
        tx = x + 36;
      }
      c.text(tx, c.y + 29, wrap(part.title, 18, INNER - 40)[0] ?? part.title, 18, { weight: 700 });
      c.y += h + 10;
      return;
    }
    case 'text': {
      if (part.label) {
        c.y += c.lines(x, part.label, 14, INNER, { fill: MUTED });
        c.y += 2;
      }
      const size = part.tone === 'big' ? 24 : 17;
      const weight = part.tone === 'strong' || part.tone === 'big' ? 700 : undefined;
      c.y += c.lines(x, part.text, size, INNER - (part.badge ? 90 : 0), { weight, fill: part.tone === 'muted' ? MUTED : INK });
      if (part.badge) badge(c, part.badge, PICTURE_WIDTH - PAD - 84, c.y - 24);
      c.y += 10;
      return;
    }
    case 'field':
    case 'code': {
      c.y += c.lines(x, part.label, 14, INNER, { fill: MUTED });
      c.y += 4;
      const box = { x, y: c.y, w: INNER, h: 42 };
      const value = values[part.id] ?? (part.kind === 'field' ? part.value : undefined);
      if (part.kind === 'code') {
        const gap = 6;
        const w = Math.min(36, (INNER - gap * (part.length - 1)) / part.length);
        for (let i = 0; i < part.length; i++) {
          const bx = x + i * (w + gap);
          c.rect({ x: bx, y: c.y, w, h: 42 }, '#fff', LINE, 6);
          const ch = value?.[i];
          if (ch) c.text(bx + w / 2, c.y + 28, ch, 20, { weight: 700, anchor: 'middle' });
        }
        box.w = part.length * (w + gap) - gap;
      } else {
        c.rect(box, '#fff', LINE, 6);
        const shown = value ?? part.placeholder ?? '';
        c.text(x + 10, c.y + 27, wrap(shown, 17, INNER - 20)[0] ?? '', 17, { fill: value ? INK : '#777' });
      }
      c.boxes.set(part.id, box);
      c.y += 42 + 12;
      return;
    }
    case 'button': {
      const h = buttonHeight(part.label, INNER, Boolean(part.icon));
      button(c, part.id, part.label, part.tone, part.icon, { x, y: c.y, w: INNER, h });
      c.y += h + 10;
      return;
    }
    case 'row': {
      const top = c.y;
      const textX = x + (part.icon ? 36 : 4);
      const width = INNER - (textX - x) - 24;
      c.y += 8;
      c.y += c.lines(textX, part.label, 17, width, { weight: 600 });
      if (part.badge) {
        badge(c, part.badge, textX, c.y + 2);
        c.y += 26;
      }
      if (part.detail) c.y += c.lines(textX, part.detail, 14, width, { fill: MUTED });
      c.y += 8;
      if (part.icon) c.icon(part.icon, x + 2, top + (c.y - top) / 2 - 12, 24, ACCENT);
      c.text(PICTURE_WIDTH - PAD - 6, top + (c.y - top) / 2 + 6, '›', 22, { fill: MUTED, anchor: 'end' });
      c.out.push(`<line x1="${x}" y1="${c.y}" x2="${PICTURE_WIDTH - PAD}" y2="${c.y}" stroke="#bbb"/>`);
      c.boxes.set(part.id, { x: x - 2, y: top, w: INNER + 4, h: c.y - top });
      c.y += 6;
      return;
    }
    case 'tabs': {
      c.y += 4;
      const h = 58;
      c.out.push(`<line x1="0" y1="${c.y}" x2="${PICTURE_WIDTH}" y2="${c.y}" stroke="${LINE}"/>`);
      const w = PICTURE_WIDTH / part.items.length;
      part.items.forEach((item, i) => {
        const color = item.id === part.current ? ACCENT : MUTED;
        const cx = i * w + w / 2;
        if (item.icon) c.icon(item.icon, cx - 11, c.y + 7, 22, color);
        c.text(cx, c.y + 47, wrap(item.label, 13, w - 6)[0] ?? item.label, 13, {
          anchor: 'middle',
          fill: color,
          weight: item.id === part.current ? 700 : undefined,
        });
        c.boxes.set(item.id, { x: i * w + 3, y: c.y + 2, w: w - 6, h: h - 4 });
      });
      c.y += h + 4;
      return;
    }
    case 'dialog': {
      const top = c.y;
      const tone = part.tone === 'warning' ? TONES.danger : TONES.info;
      const inner = INNER - 24;
      const probe = new Canvas();
      probe.y = 0;
      const titleH = probe.lines(0, part.title, 19, inner - (part.tone === 'warning' ? 30 : 0), { weight: 700 });
      const textH = probe.lines(0, part.text, 16, inner);
      const buttonsH = part.buttons.reduce((sum, b) => sum + buttonHeight(b.label, inner, Boolean(b.icon)) + 8, 0);
      const h = 14 + titleH + 6 + textH + 12 + buttonsH + 6;
      c.rect({ x: x - 2, y: top, w: INNER + 4, h }, '#fff', tone.edge, 12, 2.5);
      c.y = top + 14;
      let tx = x + 12;
      if (part.tone === 'warning') {
        c.icon('warning', tx, c.y + 1, 24, tone.edge);
        tx += 30;
      }
      c.y += c.lines(tx, part.title, 19, inner - (tx - x - 12), { weight: 700, fill: part.tone === 'warning' ? tone.edge : INK });
      c.y += 6;
      c.y += c.lines(x + 12, part.text, 16, inner);
      c.y += 12;
      for (const b of part.buttons) {
        const bh = buttonHeight(b.label, inner, Boolean(b.icon));
        button(c, b.id, b.label, b.tone ?? 'primary', b.icon, { x: x + 12, y: c.y, w: inner, h: bh });
        c.y += bh + 8;
      }
      c.y = top + h + 12;
      return;
    }
    case 'camera': {
      const h = 190;
      c.rect({ x, y: c.y, w: INNER, h }, '#2b2b2b', 'none', 10);
      const size = 110;
      const qx = PICTURE_WIDTH / 2 - size / 2;
      const qy = c.y + 16;
      // The viewfinder's corners, and a QR-like pattern drawn for the site (no real code).
      c.out.push(
        `<path d="M${qx - 10} ${qy + 14}v-24h24M${qx + size + 10} ${qy + 14}v-24h-24M${qx - 10} ${qy + size - 14}v24h24M${qx + size + 10} ${qy + size - 14}v24h-24" fill="none" stroke="#fff" stroke-width="4"/>`,
        `<rect x="${qx}" y="${qy}" width="${size}" height="${size}" fill="#fff"/>`,
        `<path d="${ICONS.qr}" transform="translate(${qx + 7} ${qy + 7}) scale(${((size - 14) / 24).toFixed(3)})" fill="none" stroke="#111" stroke-width="2.2"/>`,
      );
      c.text(PICTURE_WIDTH / 2, c.y + h - 22, wrap(part.label, 15, INNER - 20)[0] ?? '', 15, { fill: '#fff', anchor: 'middle' });
      c.boxes.set(part.id, { x, y: c.y, w: INNER, h });
      c.y += h + 12;
      return;
    }
    case 'call': {
      const top = c.y;
      c.y += 16;
      c.icon('phone', PICTURE_WIDTH / 2 - 14, c.y, 28, ACCENT);
      c.y += 36;
      c.y += c.lines(PICTURE_WIDTH / 2, part.caller, 22, INNER, { weight: 700, anchor: 'middle' });
      if (part.detail) c.y += c.lines(PICTURE_WIDTH / 2, part.detail, 15, INNER, { fill: MUTED, anchor: 'middle' });
      c.y += 14;
      const w = (INNER - 10 * (part.buttons.length - 1)) / part.buttons.length;
      const h = Math.max(...part.buttons.map((b) => buttonHeight(b.label, w, Boolean(b.icon))));
      part.buttons.forEach((b, i) => {
        button(c, b.id, b.label, b.tone ?? 'primary', b.icon, { x: x + i * (w + 10), y: c.y, w, h });
      });
      c.y += h + 12;
      c.rect({ x: x - 4, y: top, w: INNER + 8, h: c.y - top }, 'none', LINE, 12, 1);
      c.y += 10;
      return;
    }
    case 'bubble': {
      const mine = part.from === 'me';
      const w = INNER - 30;
      const bx = mine ? x + 30 : x;
      const probe = new Canvas();
      const senderH = part.sender ? probe.lines(0, part.sender, 13, w - 20) + 2 : 0;
      const textH = probe.lines(0, part.text, 16, w - 20);
      const linkH = part.link ? probe.lines(0, part.link.label, 16, w - 20) + 4 : 0;
      const h = 10 + senderH + textH + linkH + 10;
      const top = c.y;
      c.rect({ x: bx, y: top, w, h }, mine ? '#e3f1f3' : '#f0f0f0', LINE, 12, 1);
      c.y = top + 10;
      if (part.sender) c.y += c.lines(bx + 10, part.sender, 13, w - 20, { fill: MUTED, weight: 700 }) + 2;
      c.y += c.lines(bx + 10, part.text, 16, w - 20);
      if (part.link) {
        c.y += 4;
        const start = c.y;
        const lines = wrap(part.link.label, 16, w - 20);
        lines.forEach((line, i) => {
          const ly = start + 16 + i * 21;
          c.text(bx + 10, ly, line, 16, { fill: '#1a4fa0' });
          c.out.push(
            `<line x1="${bx + 10}" y1="${ly + 3}" x2="${(bx + 10 + textWidth(line, 16)).toFixed(1)}" y2="${ly + 3}" stroke="#1a4fa0"/>`,
          );
        });
        c.boxes.set(part.link.id, { x: bx + 4, y: start - 2, w: w - 8, h: lines.length * 21 + 8 });
        c.y += lines.length * 21;
      }
      c.y = top + h + 10;
      return;
    }
    case 'notification': {
      const top = c.y;
      const probe = new Canvas();
      const h =
        10 +
        probe.lines(0, part.app, 13, INNER - 44) +
        probe.lines(0, part.title, 16, INNER - 44) +
        probe.lines(0, part.text, 15, INNER - 44) +
        12;
      c.rect({ x, y: top, w: INNER, h }, '#f6f6f6', LINE, 12, 1.5);
      c.icon('message', x + 10, top + 12, 22, ACCENT);
      c.y = top + 10;
      c.y += c.lines(x + 40, part.app, 13, INNER - 44, { fill: MUTED });
      c.y += c.lines(x + 40, part.title, 16, INNER - 44, { weight: 700 });
      c.y += c.lines(x + 40, part.text, 15, INNER - 44);
      c.boxes.set(part.id, { x, y: top, w: INNER, h });
      c.y = top + h + 12;
      return;
    }
    case 'banner': {
      const tone = TONES[part.tone];
      const top = c.y;
      const probe = new Canvas();
      const h =
        10 + (part.title ? probe.lines(0, part.title, 16, INNER - 46) : 0) + probe.lines(0, part.text, 15, INNER - 46) + 12;
      c.rect({ x, y: top, w: INNER, h }, tone.fill, tone.edge, 8, 2);
      c.icon(tone.icon, x + 10, top + 10, 22, tone.edge);
      c.y = top + 10;
      if (part.title) c.y += c.lines(x + 40, part.title, 16, INNER - 46, { weight: 700, fill: tone.edge });
      c.y += c.lines(x + 40, part.text, 15, INNER - 46);
      c.y = top + h + 12;
      return;
    }
  }
}

function badge(c: Canvas, text: string, x: number, y: number) {
  const w = textWidth(text, 12) + 14;
  c.rect({ x, y, w, h: 20 }, '#fff', ACCENT, 10, 1.5);
  c.text(x + w / 2, y + 14, text, 12, { weight: 700, fill: ACCENT, anchor: 'middle' });
}

/** The alt text of a step's picture: which screen, what is circled, and what to do. */
export function pictureAlt(view: StepView, words: PictureWords): string {
  if (view.step.alt) return view.step.alt;
  const control = screenControls(view.screen).find((c) => c.id === view.step.part);
  return words.alt({
    screen: view.screen.name,
    part: control ? words.control(control.kind, control.label) : view.step.part,
    hint: view.step.hint,
  });
}

/** How a picture is cut: the whole screen, or (on paper) the part around the circle. */
export interface PictureOptions {
  /** Keep only the band of the screen around the part to use, so a printed picture stays short. */
  crop?: boolean;
  /** For a picture inlined in a page: its accessible name (an `<img>` has its own alt). */
  label?: string;
}

/** How much of the screen a cropped picture keeps above and below the part to use. */
const CROP = { above: 120, below: 60 } as const;

/** The SVG picture of one step, with its size (the picture scales to any width). */
export function stepPicture(
  view: StepView,
  app: string,
  words: PictureWords,
  options: PictureOptions = {},
): { svg: string; width: number; height: number } {
  const c = new Canvas();
  // The phone's top line: the app's name, and a tag saying this is a simulation.
  c.y = 8;
  c.text(PAD, 26, wrap(app, 14, INNER - 100)[0] ?? app, 14, { fill: MUTED, weight: 700 });
  const tagW = textWidth(words.simulated, 12) + 22;
  c.rect({ x: PICTURE_WIDTH - PAD - tagW, y: 10, w: tagW, h: 22 }, '#fff', RING, 11, 1.5);
  c.text(PICTURE_WIDTH - PAD - tagW / 2, 25, words.simulated, 12, { fill: RING, weight: 700, anchor: 'middle' });
  c.y = 40;
  for (const part of view.screen.parts) drawPart(c, part, view.values);
  const full = Math.ceil(c.y + 4);
  const target = c.boxes.get(view.step.part);
  // The circle around the part to use, kept inside the picture's frame.
  const left = target ? Math.max(3, target.x - 5) : 0;
  const right = target ? Math.min(PICTURE_WIDTH - 3, target.x + target.w + 5) : 0;
  const ring = target
    ? `<rect x="${left.toFixed(1)}" y="${(target.y - 5).toFixed(1)}" width="${(right - left).toFixed(1)}" height="${(target.h + 10).toFixed(1)}" rx="14" fill="none" stroke="${RING}" stroke-width="4" stroke-dasharray="10 5"/>`
    : '';
  let top = 0;
  let height = full;
  if (options.crop && target) {
    top = Math.max(0, Math.floor(target.y - CROP.above));
    height = Math.min(full, Math.ceil(target.y + target.h + CROP.below)) - top;
  }
  const frame = `<rect x="1" y="${top + 1}" width="${PICTURE_WIDTH - 2}" height="${height - 2}" rx="16" fill="none" stroke="${INK}" stroke-width="2"/>`;
  const named = options.label ? ` role="img" aria-label="${escapeXml(options.label)}"` : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 ${top} ${PICTURE_WIDTH} ${height}" width="${PICTURE_WIDTH}" height="${height}" font-family="${FONT}" fill="${INK}"${named}>` +
    `<rect y="${top}" width="${PICTURE_WIDTH}" height="${height}" rx="16" fill="#fff"/>${c.out.join('')}${ring}${frame}</svg>`;
  return { svg, width: PICTURE_WIDTH, height };
}
