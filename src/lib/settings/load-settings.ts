import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { formatIssues } from '../content/format-issues';
import { type Settings, SettingsSchema } from './settings-schema';

export const SETTINGS_FILE = 'content/settings.yaml';

/** Environment variables that override the file, so one checkout can build for several hosts. */
export interface SettingsEnv {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
}

/** Adds the slashes a base path needs, so `ky-nang-so` and `/ky-nang-so/` both work. */
export function normaliseBasePath(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Validates raw settings data merged with the environment; throws one readable error. */
export function parseSettings(raw: unknown, env: SettingsEnv = {}, file = SETTINGS_FILE): Settings {
  const data = { ...(raw && typeof raw === 'object' ? raw : {}) } as Record<string, unknown>;
  if (env.SITE_URL !== undefined && env.SITE_URL !== '') data.siteUrl = env.SITE_URL.replace(/\/+$/, '');
  if (env.BASE_PATH !== undefined && env.BASE_PATH !== '') data.basePath = env.BASE_PATH;
  if (typeof data.basePath === 'string') data.basePath = normaliseBasePath(data.basePath);
  if (typeof data.siteUrl === 'string') data.siteUrl = data.siteUrl.trim().replace(/\/+$/, '');
  const result = SettingsSchema.safeParse(data);
  if (!result.success) throw new Error(formatIssues(file, result.error.issues));
  return result.data;
}

let cached: Settings | undefined;

/** Reads `content/settings.yaml` from the project root once per process. */
export function getSettings(): Settings {
  if (cached) return cached;
  const path = resolve(process.cwd(), SETTINGS_FILE);
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${SETTINGS_FILE}: không đọc được tệp cài đặt (cannot read the settings file): ${(error as Error).message}`);
  }
  cached = parseSettings(raw, process.env);
  return cached;
}
