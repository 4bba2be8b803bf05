import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import yaml from 'js-yaml';
import { contentErrorMap, formatIssues } from './format-issues';

/**
 * The one reader of the project's YAML files (courses, settings, session plan, visit checklist,
 * allow-list, search synonyms). A file that cannot be read or parsed stops the build naming it.
 */
export function readYamlFile(file: string): unknown {
  try {
    return yaml.load(readFileSync(resolve(process.cwd(), file), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: không đọc được tệp (cannot read the file): ${(error as Error).message}`);
  }
}

/** Validates data read from a file; a problem names the file, the field and what was expected. */
export function validateContent<T extends z.ZodType>(file: string, raw: unknown, schema: T): z.output<T> {
  const result = schema.safeParse(raw, { error: contentErrorMap });
  if (!result.success) throw new Error(formatIssues(file, result.error.issues));
  return result.data;
}

/** Reads a YAML file of the project (path from the root) and validates it. */
export function readValidatedYaml<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  return validateContent(file, readYamlFile(file), schema);
}
