import { readYamlFile, validateContent } from '../content/yaml-file';
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
  return validateContent(file, data, SettingsSchema);
}

let cached: Settings | undefined;

/** Reads `content/settings.yaml` from the project root once per process. */
export function getSettings(): Settings {
  if (cached) return cached;
  cached = parseSettings(readYamlFile(SETTINGS_FILE), process.env);
  return cached;
}
