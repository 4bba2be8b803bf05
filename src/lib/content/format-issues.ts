import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** `["quiz", 1, "options"]` → `quiz[2].options`: counted from 1, as an author counts. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(cả tệp / whole file)';
}

/** One line per problem: the file, the field and what was expected. */
export function formatIssues(file: string, issues: readonly Issue[]): string {
  const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
  return `${file}: nội dung chưa đúng (invalid content)\n${lines.join('\n')}`;
}

const typeNames: Record<string, string> = {
  string: 'chữ (text)',
  number: 'số (number)',
  int: 'số nguyên (whole number)',
  boolean: 'true hoặc false',
  array: 'danh sách (list)',
  object: 'nhóm trường (object)',
  date: 'ngày dạng YYYY-MM-DD (date)',
};

/**
 * Zod error messages in plain Vietnamese with the English in brackets, for content authors.
 * Installed with `z.config({ customError })` where content is validated; messages written on a
 * field itself win over these.
 */
export const contentErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `thiếu trường này, cần ${expected} (missing field, expected ${issue.expected})`;
      return `cần ${expected} (expected ${issue.expected})`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục (at least ${issue.minimum} items)`;
      if (issue.origin === 'string')
        return `không được để trống, ít nhất ${issue.minimum} ký tự (at least ${issue.minimum} characters)`;
      return `phải từ ${issue.minimum} trở lên (at least ${issue.minimum})`;
    case 'too_big':
      if (issue.origin === 'array') return `nhiều nhất ${issue.maximum} mục (at most ${issue.maximum} items)`;
      if (issue.origin === 'string') return `quá dài, tối đa ${issue.maximum} ký tự (at most ${issue.maximum} characters)`;
      return `không được lớn hơn ${issue.maximum} (at most ${issue.maximum})`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (must be one of these)`;
    case 'unrecognized_keys':
      return `trường lạ: ${issue.keys.join(', ')} — kiểm tra lỗi chính tả (unknown field; check the spelling)`;
    case 'invalid_format':
      if (issue.format === 'url') return 'cần một địa chỉ web đầy đủ, bắt đầu bằng https:// (expected a full URL)';
      return `sai định dạng ${issue.format} (invalid ${issue.format})`;
    default:
      return undefined;
  }
};
