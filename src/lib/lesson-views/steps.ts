import { fromHtml } from 'hast-util-from-html';

/**
 * What is wrong with the rendered content of a `<Steps>` block, or undefined: it must be exactly
 * one numbered list (`<ol>`), nothing around it, at least one step. In Vietnamese with the
 * English in brackets, for the author.
 */
export function stepsProblem(html: string): string | undefined {
  const children = fromHtml(html, { fragment: true }).children.filter(
    (node) => !(node.type === 'text' && !node.value.trim()) && node.type !== 'comment',
  );
  const [list] = children;
  if (children.length !== 1 || list?.type !== 'element' || list.tagName !== 'ol') {
    const found = children.map((node) => (node.type === 'element' ? `<${node.tagName}>` : 'chữ')).join(', ') || 'không có gì';
    return `chỉ được chứa một danh sách đánh số 1. 2. 3., bên trong đang có: ${found} (must wrap a single ordered list)`;
  }
  if (!list.children.some((node) => node.type === 'element' && node.tagName === 'li'))
    return 'danh sách chưa có bước nào (the list has no steps)';
  return undefined;
}
