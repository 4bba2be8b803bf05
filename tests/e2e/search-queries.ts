/**
 * Queries as residents type them, and the lesson each must bring up in its first three results.
 * `pair` names the marked form of an unmarked query: both must put the same lesson first.
 * Kinds: marked, unmarked, partly marked, đ-word, upper case, old/new tone placement, decomposed
 * input, partial word, the words people actually use (synonyms and abbreviations).
 */
export interface SearchCase {
  query: string;
  expect: string;
  kind: string;
  pair?: string;
}

export const SEARCH_CASES: SearchCase[] = [
  // Bắt đầu với điện thoại thông minh
  { query: 'chữ to', expect: 'bd1', kind: 'marked' },
  { query: 'chu to', expect: 'bd1', kind: 'unmarked', pair: 'chữ to' },
  { query: 'BẮT WIFI', expect: 'bd2', kind: 'upper case' },
  { query: 'cài app', expect: 'bd3', kind: 'synonym' },
  { query: 'cai ung dung', expect: 'bd3', kind: 'unmarked', pair: 'cài ứng dụng' },
  { query: 'quét mã QR bằng Zalo', expect: 'bd4', kind: 'marked' },
  { query: 'tim thong tin tren mang', expect: 'bd5', kind: 'unmarked', pair: 'tìm thông tin trên mạng' },
  // Dịch vụ công trực tuyến
  { query: 'định danh', expect: 'dv1', kind: 'đ-word' },
  { query: 'dinh danh', expect: 'dv1', kind: 'đ-word unmarked', pair: 'định danh' },
  { query: 'ĐỊNH DANH MỨC 2', expect: 'dv1', kind: 'upper case' },
  { query: 'dang ky vneid', expect: 'dv2', kind: 'đ-word unmarked', pair: 'đăng ký VNeID' },
  { query: 'dich vu cong', expect: 'dv3', kind: 'unmarked', pair: 'dịch vụ công' },
  { query: 'Dịch vu Công', expect: 'dv3', kind: 'partly marked, mixed case', pair: 'dịch vụ công' },
  { query: 'khai sinh cho con', expect: 'dv4', kind: 'synonym' },
  { query: 'theo doi ho so', expect: 'dv5', kind: 'unmarked', pair: 'theo dõi hồ sơ' },
  { query: 'sổ sức khoẻ', expect: 'dv6', kind: 'old tone placement' },
  { query: 'sổ sức khỏe', expect: 'dv6', kind: 'new tone placement' },
  { query: 'VssID', expect: 'dv6', kind: 'app name' },
  { query: 'quen mat khau vneid', expect: 'dv7', kind: 'unmarked', pair: 'quên mật khẩu VNeID' },
  // Mua sắm trực tuyến
  { query: 'mua hàng online', expect: 'ms1', kind: 'synonym' },
  { query: 'dat hang', expect: 'ms2', kind: 'đ-word unmarked', pair: 'đặt hàng' },
  { query: 'hang gia', expect: 'ms3', kind: 'unmarked', pair: 'hàng giả' },
  { query: 'doi tra hang', expect: 'ms4', kind: 'đ-word unmarked', pair: 'đổi trả hàng' },
  { query: 'bán nông sản', expect: 'ms5', kind: 'marked' },
  { query: 'OCOP', expect: 'ms5', kind: 'abbreviation' },
  // Thanh toán trực tuyến
  { query: 'vi dien tu', expect: 'tt1', kind: 'đ-word unmarked', pair: 'ví điện tử' },
  { query: 'app ngân hàng', expect: 'tt1', kind: 'synonym' },
  { query: 'chuyen khoan nham', expect: 'tt2', kind: 'unmarked', pair: 'chuyển khoản nhầm' },
  { query: 'chuyển khoan nham', expect: 'tt2', kind: 'partly marked', pair: 'chuyển khoản nhầm' },
  { query: 'VietQR', expect: 'tt3', kind: 'marked' },
  { query: 'tien dien', expect: 'tt4', kind: 'đ-word unmarked', pair: 'tiền điện' },
  { query: 'sinh trac hoc', expect: 'tt5', kind: 'unmarked', pair: 'sinh trắc học' },
  { query: 'sinh trắ', expect: 'tt5', kind: 'partial word' },
  { query: 'mã OTP', expect: 'tt6', kind: 'marked' },
  // Tự bảo vệ trên không gian mạng
  { query: 'mat khau manh', expect: 'at1', kind: 'unmarked', pair: 'mật khẩu mạnh' },
  { query: 'lua dao', expect: 'at2', kind: 'đ-word unmarked', pair: 'lừa đảo' },
  { query: 'lừa đảo'.normalize('NFD'), expect: 'at2', kind: 'decomposed input' },
  { query: 'deepfake', expect: 'at3', kind: 'marked' },
  { query: 'bi lua mat tien', expect: 'at4', kind: 'unmarked', pair: 'bị lừa mất tiền' },
  { query: 'tổng đài 156', expect: 'at5', kind: 'đ-word' },
  { query: 'mang xa hoi', expect: 'at6', kind: 'unmarked', pair: 'mạng xã hội' },
  // Nền tảng số ở địa phương
  { query: 'zalo xa', expect: 'ns1', kind: 'unmarked', pair: 'Zalo xã' },
  { query: 'bảng mã QR', expect: 'ns2', kind: 'marked' },
  { query: 'binh dan hoc vu so', expect: 'ns3', kind: 'unmarked', pair: 'bình dân học vụ số' },
  // Dành cho tổ viên
  { query: 'to cong nghe so', expect: 'tv1', kind: 'unmarked', pair: 'tổ công nghệ số' },
  { query: 'cầm tay chỉ việc', expect: 'tv2', kind: 'marked' },
  { query: 'nhà văn hoá', expect: 'tv3', kind: 'old tone placement' },
  { query: 'di tung nha', expect: 'tv4', kind: 'đ-word unmarked', pair: 'đi từng nhà' },
  { query: 'du lieu ca nhan', expect: 'tv5', kind: 'đ-word unmarked', pair: 'dữ liệu cá nhân' },
  { query: 'nguoi dan bi lua', expect: 'tv6', kind: 'unmarked', pair: 'người dân bị lừa' },
  { query: 'sổ theo dõi', expect: 'tv7', kind: 'marked' },
];
