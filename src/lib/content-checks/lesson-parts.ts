/** Words that mean the lesson touches money, passwords, OTP or identity. */
export const SENSITIVE =
  /(tiền|mật khẩu|\bOTP\b|mã PIN|passcode|căn cước|\bCCCD\b|định danh|sinh trắc|tài khoản ngân hàng|số tài khoản|thẻ ngân hàng)/iu;

/** What a lesson body must hold: sections, numbered steps, trainer notes. (Front-matter counts are the schema's.) */
export const BODY_RULES = { sectionsAtLeast: 2, stepsAtLeast: 2 } as const;

/** The numbered items of each `<Steps>` block, and any line in it that is not part of the list. */
export function stepsBlocks(body: string): { items: number; stray: string[] }[] {
  const blocks: { items: number; stray: string[] }[] = [];
  for (const match of body.matchAll(/<Steps(?:\s[^>]*)?>([\s\S]*?)<\/Steps>/g)) {
    const lines = (match[1] ?? '').split(/\r?\n/).filter((l) => l.trim());
    const items = lines.filter((l) => /^\d+\.\s/.test(l)).length;
    // Continuation lines of an item are indented; anything else breaks the numbered list.
    const stray = lines.filter((l) => !/^\d+\.\s/.test(l) && !/^\s{2,}\S/.test(l));
    blocks.push({ items, stray });
  }
  return blocks;
}

/**
 * What a lesson's body lacks: at least two sections, a `<Steps>` block with numbered steps (and
 * nothing else in it), trainer notes, and a warning wherever money, passwords, OTP or identity come
 * up (`shownText` is the front matter's reader-facing text, checked with the body). One plain
 * sentence per problem, in Vietnamese with the English in brackets.
 */
export function bodyProblems(body: string, shownText: string): string[] {
  const problems: string[] = [];
  const sections = body.match(/^## /gm)?.length ?? 0;
  if (sections < BODY_RULES.sectionsAtLeast)
    problems.push(`body: cần ít nhất ${BODY_RULES.sectionsAtLeast} phần “## …” (at least two sections)`);
  const steps = stepsBlocks(body);
  if (!steps.some((b) => b.items >= BODY_RULES.stepsAtLeast)) {
    problems.push('body: cần ít nhất một khối <Steps> có danh sách đánh số 1. 2. … (numbered steps)');
  }
  for (const block of steps) {
    for (const line of block.stray)
      problems.push(`body: trong <Steps> chỉ có danh sách đánh số, dòng lạ: “${line.trim()}” (only a numbered list)`);
  }
  if (!/<TrainerNote>/.test(body)) problems.push('body: cần ghi chú <TrainerNote> cho người hướng dẫn (trainer notes)');
  if (SENSITIVE.test(`${shownText}\n${body}`) && !/<Warning[\s>]/.test(body)) {
    problems.push(
      'body: bài nói về tiền, mật khẩu, OTP hoặc giấy tờ tùy thân nên cần ít nhất một <Warning> (a warning is required)',
    );
  }
  return problems;
}
