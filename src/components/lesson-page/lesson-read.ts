import { updateProgress } from '../../lib/progress/client';
import { markRead } from '../../lib/progress/progress';

// Opening a lesson marks it read on this device.
const code = document.querySelector<HTMLElement>('[data-kns-lesson]')?.dataset.knsLesson;
if (code) updateProgress((progress) => markRead(progress, code, new Date().toISOString()));
