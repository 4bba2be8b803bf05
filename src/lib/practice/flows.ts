import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCourses } from '../content/courses';
import { readYamlFile, validateContent } from '../content/yaml-file';
import { createFlowSchema, type Flow } from './flow-schema';

/** Practice flows live in `content/tap-thu/<id>.yaml`; files starting with `_` are skipped. */
export const FLOWS_DIR = 'content/tap-thu';
const FLOW_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

/** Reads and checks one flow file; a problem stops the build naming the file and the field. */
export function parseFlow(file: string, raw: unknown, courseIds: readonly string[]): Flow {
  const id = FLOW_FILE.exec(file.split('/').pop() ?? '')?.[1];
  if (!id)
    throw new Error(`${file}: tên tệp cần chữ thường không dấu và gạch nối, đuôi .yaml (file name: lowercase-with-hyphens.yaml)`);
  return { id, ...validateContent(file, raw, createFlowSchema(courseIds)) };
}

let cached: Flow[] | undefined;

/** Every practice flow, by course order then title. Read once per build (every time in dev). */
export function getFlows(): Flow[] {
  if (cached && !import.meta.env?.DEV) return cached;
  const courses = getCourses();
  let names: string[];
  try {
    names = readdirSync(resolve(process.cwd(), FLOWS_DIR));
  } catch {
    names = [];
  }
  const flows = names
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const file = `${FLOWS_DIR}/${name}`;
      return parseFlow(
        file,
        readYamlFile(file),
        courses.map((c) => c.id),
      );
    });
  const order = new Map(courses.map((c) => [c.id, c.order]));
  cached = flows.sort(
    (a, b) => (order.get(a.course) ?? 99) - (order.get(b.course) ?? 99) || a.title.localeCompare(b.title, 'vi'),
  );
  return cached;
}

/** The flow with this id; throws naming `where` (a lesson file) when there is none. */
export function getFlow(id: string, where: string): Flow {
  const flow = getFlows().find((f) => f.id === id);
  if (!flow)
    throw new Error(
      `${where}: không có bài tập thử "${id}" trong ${FLOWS_DIR}/; có: ${getFlows()
        .map((f) => f.id)
        .join(', ')} (no such practice flow)`,
    );
  return flow;
}

/**
 * Problems between flows and lessons: a flow naming a lesson that does not exist, or one of
 * another course. Checked when the practice pages are built and in the content tests.
 */
export function flowLessonProblems(flows: readonly Flow[], lessons: readonly { code: string; course: string }[]): string[] {
  const problems: string[] = [];
  for (const flow of flows) {
    flow.lessons.forEach((code, i) => {
      const lesson = lessons.find((l) => l.code === code);
      if (!lesson) problems.push(`${FLOWS_DIR}/${flow.id}.yaml: lessons[${i + 1}]: không có bài "${code}" (no such lesson)`);
      else if (lesson.course !== flow.course)
        problems.push(
          `${FLOWS_DIR}/${flow.id}.yaml: lessons[${i + 1}]: bài "${code}" thuộc khóa ${lesson.course}, không phải ${flow.course} (lesson of another course)`,
        );
    });
  }
  return problems;
}
