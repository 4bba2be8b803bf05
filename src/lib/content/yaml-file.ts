import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import yaml from 'js-yaml';
import { contentErrorMap, formatIssues } from './format-issues';

/** Reads a YAML file of the project (path from the root) and validates it; errors name the file and field. */
export function readValidatedYaml<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(resolve(process.cwd(), file), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: không đọc được tệp (cannot read the file): ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw, { error: contentErrorMap });
  if (!result.success) throw new Error(formatIssues(file, result.error.issues));
  return result.data;
}
