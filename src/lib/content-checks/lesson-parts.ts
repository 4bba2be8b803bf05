/**
 * What every lesson must have beyond what the schema can see: numbered steps in the body, trainer
 * notes, a warning wherever money, passwords, OTP or identity come up, and enough objectives, key
 * points, quiz questions and search words. Returns one plain sentence per missing part.
 */
export interface LessonParts {
  objectives: readonly string[];
  keyPoints: readonly string[];
  quiz: readonly unknown[];
  keywords: readonly string[];
  title: string;
  description: string;
}

/** Words that mean the lesson touches money, passwords, OTP or identity. */
export const SENSITIVE =
  /(tiền|mật khẩu|\bOTP\b|mã PIN|passcode|căn cước|\bCCCD\b|định danh|sinh trắc|tài khoản ngân hàng|số tài khoản|thẻ ngân hàng)/iu;

export const LIMITS = {
  objectives: [2, 5],
  keyPoints: [3, 5],
  quizAtLeast: 4,
  keywordsAtLeast: 3,
  sectionsAtLeast: 2,
  stepsAtLeast: 2,
} as const;

/** The numbered items of each `<Steps>` block, and any line in it that is not part of the list. */
export function stepsBlocks(body: string): { items: number; stray: string[] }[] {
  const blocks: { items: number; stray: string[] }[] = [];
  for (const match of body.matchAll(/<Steps>([\s\S]*?)<\/Steps>/g)) {
    const lines = (match[1] ?? '').split(/\r?\n/).filter((l) => l.trim());
    const items = lines.filter((l) => /^\d+\.\s/.test(l)).length;
    // Continuation lines of an item are indented; anything else breaks the numbered list.
    const stray = lines.filter((l) => !/^\d+\.\s/.test(l) && !/^\s{2,}\S/.test(l));
    blocks.push({ items, stray });
  }
  return blocks;
}

export function missingParts(data: LessonParts, body: string): string[] {
  const problems: string[] = [];
  const count = (name: string, n: number, [min, max]: readonly [number, number]) => {
    if (n < min || n > max) problems.push(`${name}: cần ${min}–${max}, bài có ${n} (needs ${min}–${max})`);
  };
  count('objectives', data.objectives.length, LIMITS.objectives);
  count('keyPoints', data.keyPoints.length, LIMITS.keyPoints);
  if (data.quiz.length < LIMITS.quizAtLeast) {
    problems.push(
      `quiz: cần ít nhất ${LIMITS.quizAtLeast} câu hỏi tình huống, bài có ${data.quiz.length} (at least ${LIMITS.quizAtLeast} questions)`,
    );
  }
  if (data.keywords.length < LIMITS.keywordsAtLeast) {
    problems.push(
      `keywords: cần ít nhất ${LIMITS.keywordsAtLeast} từ người dân hay gõ khi tìm (at least ${LIMITS.keywordsAtLeast} search words)`,
    );
  }
  const sections = body.match(/^## /gm)?.length ?? 0;
  if (sections < LIMITS.sectionsAtLeast)
    problems.push(`body: cần ít nhất ${LIMITS.sectionsAtLeast} phần "## …" (at least two sections)`);
  const steps = stepsBlocks(body);
  if (!steps.some((b) => b.items >= LIMITS.stepsAtLeast)) {
    problems.push('body: cần ít nhất một khối <Steps> có danh sách đánh số 1. 2. … (numbered steps)');
  }
  for (const block of steps) {
    for (const line of block.stray)
      problems.push(`body: trong <Steps> chỉ có danh sách đánh số, dòng lạ: "${line.trim()}" (only a numbered list)`);
  }
  if (!/<TrainerNote>/.test(body)) problems.push('body: cần ghi chú <TrainerNote> cho người hướng dẫn (trainer notes)');
  const text = [data.title, data.description, ...data.objectives, ...data.keyPoints, body].join('\n');
  if (SENSITIVE.test(text) && !/<Warning[\s>]/.test(body)) {
    problems.push(
      'body: bài nói về tiền, mật khẩu, OTP hoặc giấy tờ tùy thân nên cần ít nhất một <Warning> (a warning is required)',
    );
  }
  return problems;
}
