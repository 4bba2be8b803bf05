import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readYamlFile } from '../../src/lib/content/yaml-file';
import { screenControls } from '../../src/lib/practice/flow-schema';
import { FLOWS_DIR, flowLessonProblems, getFlows, parseFlow } from '../../src/lib/practice/flows';
import { lessonFiles, readLessonFile } from './lesson-files';

// The practice flows as written (content/tap-thu/*.yaml): each checked by the schema, tied to
// lessons that exist in its own course, and pictured in those lessons.

const flowFiles = readdirSync(FLOWS_DIR).filter((name) => name.endsWith('.yaml') && !name.startsWith('_'));
const lessons = lessonFiles().map((file) => {
  const source = readLessonFile(file);
  const data = source.data as { code: string; course: string };
  return { file, code: data.code, course: data.course, body: source.body };
});

describe('practice flows', () => {
  it.each(flowFiles)('%s is a valid flow', (name) => {
    const file = `${FLOWS_DIR}/${name}`;
    const flow = parseFlow(file, readYamlFile(file), ['bd', 'dv', 'ms', 'tt', 'at', 'ns', 'tv']);
    expect(flow.steps.length).toBeGreaterThanOrEqual(2);
  });

  it('there are at least eight, and the site reads them all', () => {
    expect(flowFiles.length).toBeGreaterThanOrEqual(8);
    expect(
      getFlows()
        .map((f) => `${f.id}.yaml`)
        .sort(),
    ).toEqual([...flowFiles].sort());
  });

  it('each names lessons that exist, in its own course', () => {
    expect(flowLessonProblems(getFlows(), lessons)).toEqual([]);
  });

  it('covers the five skills’ courses the issue asks for', () => {
    const courses = new Set(getFlows().map((f) => f.course));
    for (const id of ['dv', 'tt', 'ms', 'at', 'bd']) expect(courses, id).toContain(id);
  });

  it('every lesson of a flow shows a picture of it and links to it with “Tập thử”', () => {
    for (const flow of getFlows()) {
      for (const code of flow.lessons) {
        const lesson = lessons.find((l) => l.code === code);
        expect(lesson?.body, `${code} pictures ${flow.id}`).toMatch(new RegExp(`<Screen[^>]*flow="${flow.id}"`));
      }
    }
  });

  it('a screen’s parts each have their own id', () => {
    for (const flow of getFlows())
      for (const screen of flow.screens) {
        const ids = screenControls(screen).map((c) => c.id);
        expect(new Set(ids).size, `${flow.id}/${screen.id}`).toBe(ids.length);
      }
  });

  it('no real bank, shop or e-wallet brand appears on a mock screen', () => {
    const brands =
      /vietcombank|vietinbank|bidv|agribank|techcombank|\bmb\s?bank|tpbank|sacombank|vpbank|acb\b|shopee|lazada|tiki\b|momo|zalopay|viettel money|vnpt money/i;
    for (const flow of getFlows()) {
      const screens = JSON.stringify(flow.screens);
      expect(screens, flow.id).not.toMatch(brands);
      expect(flow.app, flow.id).not.toMatch(brands);
    }
  });

  it('the authoring template is a valid flow, for the locality’s own course', () => {
    const file = `${FLOWS_DIR}/_mau-tap-thu.yaml`;
    expect(readFileSync(file, 'utf8')).toContain('[TÊN ỨNG DỤNG]');
    const flow = parseFlow(file.replace('_', ''), readYamlFile(file), ['bd', 'dv', 'ms', 'tt', 'at', 'ns', 'tv']);
    expect(flow.course).toBe('ns');
    expect(flow.lessons).toEqual(['ns50']);
  });
});
