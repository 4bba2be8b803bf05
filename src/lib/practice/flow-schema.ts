import { z } from 'astro/zod';
import { ReviewedDateSchema } from '../content/reviewed-date';
import { SourceSchema } from '../content/source-schema';
import { LESSON_CODE } from '../urls/routes';
import { ICON_NAMES } from './icons';

/**
 * A practice flow ("Tập thử"): a short sequence of mock screens of an app, written as content in
 * `content/tap-thu/<id>.yaml`. One definition makes the practice page (real buttons and fields),
 * the pictures in lessons, handouts and slides, and the result on the progress page.
 *
 * Screens are built from a small vocabulary of parts drawn for this site (no real app's artwork):
 * app bar, text, text field, code field (OTP / passcode), button, list row, tab bar, dialog,
 * camera view with a QR code, incoming call, message bubble, notification, warning banner. Parts
 * a learner can tap or type into have an `id`; each step names the one to use.
 */

/** An id a step can name: lowercase words with hyphens, e.g. `so-tai-khoan`. */
const PartId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'cần chữ thường không dấu và gạch nối, ví dụ so-tai-khoan (lowercase-with-hyphens)');

/** Words shown on a mock screen: short, as on a phone. */
const label = (max = 60) => z.string().trim().min(1).max(max);
const Icon = z.enum(ICON_NAMES);
const Tone = z.enum(['primary', 'secondary', 'danger']);

/** A button inside another part (dialog, call, tab bar). */
const Choice = z.strictObject({ id: PartId, label: label(40), tone: Tone.optional(), icon: Icon.optional() });

export const PART_KINDS = [
  'appbar',
  'text',
  'field',
  'code',
  'button',
  'row',
  'tabs',
  'dialog',
  'camera',
  'call',
  'bubble',
  'notification',
  'banner',
] as const;

export const PartSchema = z.discriminatedUnion(
  'kind',
  [
    /** The bar at the top: the screen's title, and a back arrow when `back` names its id. */
    z.strictObject({ kind: z.literal('appbar'), title: label(40), back: PartId.optional() }),
    /** A line of text; with `label`, a "label: value" line as on a confirmation screen. */
    z.strictObject({
      kind: z.literal('text'),
      text: label(220),
      label: label(40).optional(),
      tone: z.enum(['normal', 'strong', 'muted', 'big']).default('normal'),
      badge: label(24).optional(),
    }),
    /** A text field; `value` is already filled in (the learner does not type it). */
    z.strictObject({
      kind: z.literal('field'),
      id: PartId,
      label: label(40),
      value: label(80).optional(),
      placeholder: label(40).optional(),
      numeric: z.boolean().default(false),
    }),
    /** Boxes for a one-time code or a passcode. */
    z.strictObject({ kind: z.literal('code'), id: PartId, label: label(60), length: z.number().int().min(4).max(8) }),
    z.strictObject({
      kind: z.literal('button'),
      id: PartId,
      label: label(40),
      tone: Tone.default('primary'),
      icon: Icon.optional(),
    }),
    /** A row of a list (a menu entry, a shop, a message in an inbox), tapped as a whole. */
    z.strictObject({
      kind: z.literal('row'),
      id: PartId,
      label: label(60),
      detail: label(120).optional(),
      icon: Icon.optional(),
      badge: label(24).optional(),
    }),
    /** The tab bar at the bottom of an app. */
    z.strictObject({ kind: z.literal('tabs'), items: z.array(Choice).min(2).max(5), current: PartId.optional() }),
    /** A box the app puts over the screen, with its buttons. */
    z.strictObject({
      kind: z.literal('dialog'),
      title: label(60),
      text: label(300),
      tone: z.enum(['info', 'warning']).default('info'),
      buttons: z.array(Choice).min(1).max(3),
    }),
    /** The camera view with a QR code in its frame; tapping it stands for pointing the camera. */
    z.strictObject({ kind: z.literal('camera'), id: PartId, label: label(80) }),
    /** An incoming or ongoing call. */
    z.strictObject({
      kind: z.literal('call'),
      caller: label(40),
      detail: label(80).optional(),
      buttons: z.array(Choice).min(1).max(3),
    }),
    /** A message in a conversation; `link` is a link inside it (a tap on it is a choice too). */
    z.strictObject({
      kind: z.literal('bubble'),
      from: z.enum(['them', 'me']).default('them'),
      sender: label(40).optional(),
      text: label(300),
      link: z.strictObject({ id: PartId, label: label(60) }).optional(),
    }),
    /** A notification sliding in at the top (a message, an OTP). */
    z.strictObject({ kind: z.literal('notification'), id: PartId, app: label(40), title: label(60), text: label(160) }),
    /** A coloured warning (or information) strip on the screen. */
    z.strictObject({
      kind: z.literal('banner'),
      tone: z.enum(['warning', 'danger', 'info', 'success']).default('warning'),
      title: label(60).optional(),
      text: label(240),
    }),
  ],
  { error: `loại phần (kind) phải là một trong: ${PART_KINDS.join(', ')} (unknown part kind)` },
);

export type Part = z.output<typeof PartSchema>;
export type PartKind = Part['kind'];

export const ScreenSchema = z.strictObject({
  id: PartId,
  /** What the screen is, for a screen reader and a picture's alt text: “Màn hình xác nhận chuyển tiền”. */
  name: label(80),
  parts: z.array(PartSchema).min(1).max(12),
});
export type Screen = z.output<typeof ScreenSchema>;

export const StepSchema = z.strictObject({
  /** The screen the step happens on (its `id`). */
  screen: PartId,
  /** The part to use: a button, row, field, tab, a dialog's or call's button, a link… (its `id`). */
  part: PartId,
  /** What to do, said kindly and plainly; text to type goes between “ ”. */
  hint: z.string().trim().min(8).max(220),
  /** For a field or code: the text to type (the hint must give it between “ ”). */
  type: z.string().trim().min(1).max(40).optional(),
  /** What any other tap means on this step; a kind default is used when left out. */
  wrong: z.string().trim().min(8).max(220).optional(),
  /** What a tap on one particular other part means: `{ qr-cua-toi: "Đây là “QR của tôi”, để nhận tiền…" }`. */
  wrongs: z.record(PartId, z.string().trim().min(8).max(220)).default({}),
  /** What the learner should notice once the step is done (“Tên người nhận đúng là người bạn muốn chuyển.”). */
  done: z.string().trim().min(8).max(220).optional(),
  /** The picture's alt text, when the default (screen name, the part circled, the hint) says too little. */
  alt: z.string().trim().min(8).max(300).optional(),
});
export type Step = z.output<typeof StepSchema>;

/** What a learner can use on a screen: parts, and buttons or links inside parts. */
export const CONTROL_KINDS = ['back', 'field', 'code', 'button', 'row', 'camera', 'notification', 'choice', 'link'] as const;

/** A control of a screen: something with an id a learner can tap or type into. */
export interface Control {
  id: string;
  kind: (typeof CONTROL_KINDS)[number];
  /** What it says, for hints, alt texts and screen readers. */
  label: string;
  /** Whether it takes typed text (fields and code boxes). */
  typed: boolean;
}

/** Every control of a screen, in order, with the part it belongs to. */
export function screenControls(screen: Pick<Screen, 'parts'>): Control[] {
  const controls: Control[] = [];
  for (const part of screen.parts) {
    switch (part.kind) {
      case 'appbar':
        if (part.back) controls.push({ id: part.back, kind: 'back', label: 'Quay lại', typed: false });
        break;
      case 'field':
      case 'code':
        controls.push({ id: part.id, kind: part.kind, label: part.label, typed: true });
        break;
      case 'button':
      case 'row':
        controls.push({ id: part.id, kind: part.kind, label: part.label, typed: false });
        break;
      case 'camera':
        controls.push({ id: part.id, kind: part.kind, label: part.label, typed: false });
        break;
      case 'notification':
        controls.push({ id: part.id, kind: part.kind, label: part.title, typed: false });
        break;
      case 'tabs':
        for (const item of part.items) controls.push({ id: item.id, kind: 'choice', label: item.label, typed: false });
        break;
      case 'dialog':
      case 'call':
        for (const button of part.buttons) controls.push({ id: button.id, kind: 'choice', label: button.label, typed: false });
        break;
      case 'bubble':
        if (part.link) controls.push({ id: part.link.id, kind: 'link', label: part.link.label, typed: false });
        break;
      default:
        break;
    }
  }
  return controls;
}

/**
 * A practice flow file. Beyond each field's shape: every screen id and part id is unique, every
 * step names a screen that exists and a part on it, a typing step says what to type and its hint
 * gives it between “ ”, and a step's `wrongs` name parts of its screen.
 */
export function createFlowSchema(courseIds: readonly string[]) {
  return z
    .strictObject({
      /** The flow's title, as the list of practices shows it. */
      title: z.string().trim().min(5).max(90),
      /** One or two sentences: what the learner practises and why. */
      description: z.string().trim().min(10).max(260),
      /** The course it belongs to. */
      course: z.enum(courseIds as [string, ...string[]]),
      /** Codes of the lessons it belongs to; they link to it and show its pictures. */
      lessons: z.array(z.string().regex(LESSON_CODE, 'cần mã bài như tt3 (a lesson code)')).min(1).max(6),
      /** The app's name on the mock screens: a generic name for banks and shops (“Ngân hàng của bạn”). */
      app: label(40),
      /** What the learner is asked to do, with any text they will type: shown in both modes. */
      task: z.string().trim().min(10).max(300),
      /** Where what the real app shows comes from. */
      sources: z.array(SourceSchema).min(1),
      /** When someone last checked the screens against the sources. */
      reviewed: ReviewedDateSchema,
      screens: z.array(ScreenSchema).min(1).max(12),
      steps: z.array(StepSchema).min(2).max(12),
    })
    .superRefine((flow, ctx) => {
      const screens = new Map<string, Control[]>();
      flow.screens.forEach((screen, s) => {
        if (screens.has(screen.id))
          ctx.addIssue({
            code: 'custom',
            path: ['screens', s, 'id'],
            message: `màn hình "${screen.id}" bị trùng (duplicate screen id)`,
          });
        const controls = screenControls(screen);
        const seen = new Set<string>();
        for (const control of controls) {
          if (seen.has(control.id))
            ctx.addIssue({
              code: 'custom',
              path: ['screens', s, 'parts'],
              message: `mã "${control.id}" dùng hai lần trên một màn hình (duplicate part id)`,
            });
          seen.add(control.id);
        }
        screens.set(screen.id, controls);
      });
      flow.steps.forEach((step, i) => {
        const controls = screens.get(step.screen);
        if (!controls) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'screen'],
            message: `không có màn hình "${step.screen}"; có: ${[...screens.keys()].join(', ')} (no such screen)`,
          });
          return;
        }
        const target = controls.find((c) => c.id === step.part);
        if (!target) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'part'],
            message: `màn hình "${step.screen}" không có phần "${step.part}" để chạm; có: ${controls.map((c) => c.id).join(', ') || '(không có)'} (no such part on this screen)`,
          });
          return;
        }
        if (target.typed && !step.type)
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'type'],
            message: `"${step.part}" là ô để gõ: ghi chữ cần gõ ở "type" (a typing step needs "type")`,
          });
        if (!target.typed && step.type)
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'type'],
            message: `"${step.part}" không phải ô để gõ: bỏ "type" (only fields take "type")`,
          });
        if (step.type && !step.hint.includes(`“${step.type}”`))
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'hint'],
            message: `gợi ý phải cho biết chữ cần gõ, trong ngoặc kép: “${step.type}” (the hint must give the text to type)`,
          });
        for (const id of Object.keys(step.wrongs)) {
          if (!controls.some((c) => c.id === id))
            ctx.addIssue({
              code: 'custom',
              path: ['steps', i, 'wrongs', id],
              message: `màn hình "${step.screen}" không có phần "${id}" (no such part on this screen)`,
            });
          if (id === step.part)
            ctx.addIssue({
              code: 'custom',
              path: ['steps', i, 'wrongs', id],
              message: `"${id}" là phần đúng của bước này (this is the step's own part)`,
            });
        }
      });
    });
}

export type Flow = z.output<ReturnType<typeof createFlowSchema>> & {
  /** From the file name: `content/tap-thu/chuyen-tien.yaml` → `chuyen-tien`. */
  id: string;
};
