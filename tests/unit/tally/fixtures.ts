import type { Skill } from '../../../src/lib/tally/household';
import type { WorkbookLabels } from '../../../src/lib/tally/xlsx';

/** The five skills as the tally names them (the courses' titles). */
export const skills: Record<Skill, string> = {
  1: 'Dịch vụ công trực tuyến',
  2: 'Mua sắm trực tuyến',
  3: 'Thanh toán trực tuyến',
  4: 'Tự bảo vệ trên không gian mạng',
  5: 'Nền tảng số ở địa phương',
};

/** The workbook's sheet and summary words. */
export const labels: WorkbookLabels = {
  households: 'Các hộ',
  summary: 'Tổng hợp',
  visited: 'Số hộ đã thăm',
  allFive: 'Số hộ đủ 5 kỹ năng',
  skill: 'Kỹ năng',
  count: 'Số hộ',
  village: 'Thôn, tổ dân phố',
};
