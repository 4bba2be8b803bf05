import type { Flow, Screen, Step } from './flow-schema';

/** A step of a flow with its screen and its number (from 1), as pages and pictures need it. */
export interface StepView {
  number: number;
  step: Step;
  screen: Screen;
  /** What fields of this screen hold when the step starts: typed in earlier steps, by part id. */
  values: Record<string, string>;
}

/** The step numbered `number` (from 1) of a flow, or undefined. */
export function stepView(flow: Flow, number: number): StepView | undefined {
  const step = flow.steps[number - 1];
  const screen = step && flow.screens.find((s) => s.id === step.screen);
  if (!step || !screen) return undefined;
  const values: Record<string, string> = {};
  for (const earlier of flow.steps.slice(0, number - 1))
    if (earlier.screen === step.screen && earlier.type) values[earlier.part] = earlier.type;
  return { number, step, screen, values };
}

/** Every step of a flow, as `stepView` gives it. */
export const stepViews = (flow: Flow): StepView[] =>
  flow.steps.map((_, i) => stepView(flow, i + 1)).filter((v): v is StepView => v !== undefined);
