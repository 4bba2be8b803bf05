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
  { query: 'cập nhật điện thoại', expect: 'bd6', kind: 'marked' },
  { query: 'cap nhat dien thoai', expect: 'bd6', kind: 'unmarked', pair: 'cập nhật điện thoại' },
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
  { query: 'lý lịch tư pháp', expect: 'dv8', kind: 'marked' },
  { query: 'ly lich tu phap', expect: 'dv8', kind: 'unmarked', pair: 'lý lịch tư pháp' },
  { query: 'LLTP', expect: 'dv8', kind: 'abbreviation' },
  { query: 'báo lưu trú', expect: 'dv9', kind: 'marked' },
  { query: 'thong bao luu tru', expect: 'dv9', kind: 'unmarked', pair: 'thông báo lưu trú' },
  { query: 'khai báo tạm trú', expect: 'dv9', kind: 'synonym' },
  { query: 'bang lai tren vneid', expect: 'dv10', kind: 'unmarked', pair: 'bằng lái trên VNeID' },
  { query: 'tích hợp GPLX', expect: 'dv10', kind: 'abbreviation' },
  { query: 'phat nguoi', expect: 'dv11', kind: 'unmarked', pair: 'phạt nguội' },
  { query: 'tin nhắn phạt nguội', expect: 'dv11', kind: 'marked' },
  // Mua sắm trực tuyến
  { query: 'mua hàng online', expect: 'ms1', kind: 'synonym' },
  { query: 'dat hang', expect: 'ms2', kind: 'đ-word unmarked', pair: 'đặt hàng' },
  { query: 'hang gia', expect: 'ms3', kind: 'unmarked', pair: 'hàng giả' },
  { query: 'doi tra hang', expect: 'ms4', kind: 'đ-word unmarked', pair: 'đổi trả hàng' },
  { query: 'bán nông sản', expect: 'ms5', kind: 'marked' },
  { query: 'OCOP', expect: 'ms5', kind: 'abbreviation' },
  { query: 'mua hàng livestream', expect: 'ms6', kind: 'marked' },
  { query: 'mua qua live', expect: 'ms6', kind: 'synonym' },
  { query: 'luat thuong mai dien tu', expect: 'ms6', kind: 'unmarked', pair: 'luật thương mại điện tử' },
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
  { query: 'luong huu', expect: 'tt7', kind: 'unmarked', pair: 'lương hưu' },
  { query: 'BHXH gọi điện', expect: 'tt7', kind: 'abbreviation' },
  { query: 'hoan hoc phi', expect: 'tt8', kind: 'unmarked', pair: 'hoàn học phí' },
  { query: 'đóng học phí online', expect: 'tt8', kind: 'marked' },
  // Tự bảo vệ trên không gian mạng
  { query: 'mat khau manh', expect: 'at1', kind: 'unmarked', pair: 'mật khẩu mạnh' },
  { query: 'lua dao', expect: 'at2', kind: 'đ-word unmarked', pair: 'lừa đảo' },
  { query: 'lừa đảo'.normalize('NFD'), expect: 'at2', kind: 'decomposed input' },
  { query: 'deepfake', expect: 'at3', kind: 'marked' },
  { query: 'bi lua mat tien', expect: 'at4', kind: 'unmarked', pair: 'bị lừa mất tiền' },
  { query: 'tổng đài 156', expect: 'at5', kind: 'đ-word' },
  { query: 'mang xa hoi', expect: 'at6', kind: 'unmarked', pair: 'mạng xã hội' },
  { query: 'bao mat zalo', expect: 'at7', kind: 'unmarked', pair: 'bảo mật Zalo' },
  { query: 'mượn tiền qua Zalo', expect: 'at7', kind: 'marked' },
  { query: 'viec nhe luong cao', expect: 'at8', kind: 'unmarked', pair: 'việc nhẹ lương cao' },
  { query: 'gia công tại nhà', expect: 'at8', kind: 'synonym' },
  { query: 'tin gia', expect: 'at9', kind: 'unmarked', pair: 'tin giả' },
  { query: 'chia sẻ tin sai bị phạt', expect: 'at9', kind: 'marked' },
  { query: 'tong dai 111', expect: 'at10', kind: 'đ-word unmarked', pair: 'tổng đài 111' },
  { query: 'con nghiện điện thoại', expect: 'at10', kind: 'synonym' },
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
  { query: 'khong co mang', expect: 'tv8', kind: 'unmarked', pair: 'không có mạng' },
  { query: 'kiwix', expect: 'tv8', kind: 'marked' },
  { query: 'học offline', expect: 'tv8', kind: 'marked' },
];

/**
 * Whole questions and everyday words, as residents type them (often without marks): the kinds of
 * query that found nothing or the wrong lesson when every word had to be on the page. Each must
 * bring up one of its lessons in the first three results. Where two lessons answer the question
 * equally, both are listed. Never add a query's words to a lesson to make it pass: improve the
 * mechanism (lib/search/query.ts) or the synonym table (content/search-synonyms.yaml).
 */
export interface ResidentQuestion {
  query: string;
  expect: string[];
}

export const RESIDENT_QUESTIONS: ResidentQuestion[] = [
  { query: 'lam sao de dang ky vneid', expect: ['dv2'] },
  { query: 'cách kích hoạt tài khoản định danh điện tử', expect: ['dv2'] },
  { query: 'quên mật khẩu vneid phải làm sao', expect: ['dv7'] },
  { query: 'doi dien thoai moi thi vneid the nao', expect: ['dv7'] },
  { query: 'mức 2 khác mức 1 chỗ nào', expect: ['dv1'] },
  { query: 'làm giấy khai sinh cho cháu trên mạng', expect: ['dv4'] },
  { query: 'nop ho so roi xem ket qua o dau', expect: ['dv5'] },
  { query: 'app bảo hiểm xã hội xem thẻ bhyt', expect: ['dv6'] },
  { query: 'đi khám bệnh không mang thẻ bảo hiểm được không', expect: ['dv6'] },
  { query: 'vào trang dịch vụ công bằng gì', expect: ['dv3'] },
  { query: 'mua do tren shopee co an toan khong', expect: ['ms1'] },
  { query: 'đặt hàng rồi bao giờ giao', expect: ['ms2'] },
  { query: 'hàng nhận về bị hỏng trả lại thế nào', expect: ['ms4'] },
  { query: 'shop lua khong giao hang', expect: ['ms3'] },
  { query: 'bán rau trên mạng', expect: ['ms5'] },
  { query: 'ban gao online', expect: ['ms5'] },
  { query: 'gửi tiền cho con đi học', expect: ['tt2', 'tt3'] },
  { query: 'dong tien dien bang dien thoai', expect: ['tt4'] },
  { query: 'trả tiền nước hàng tháng', expect: ['tt4'] },
  { query: 'quét mã trả tiền ở chợ', expect: ['tt3'] },
  { query: 'ngan hang bat quet mat', expect: ['tt5'] },
  { query: 'chuyển tiền trên 10 triệu bị đòi khuôn mặt', expect: ['tt5'] },
  { query: 'ai hỏi mã otp có đưa không', expect: ['tt6'] },
  { query: 'không có tài khoản ngân hàng thì trả tiền bằng gì', expect: ['tt1'] },
  { query: 'viettel money la gi', expect: ['tt1'] },
  // bd3 answers this very case (a caller posing as police tells you to install an app).
  { query: 'có người gọi xưng công an bảo cài app', expect: ['at2', 'bd3'] },
  { query: 'bi lua mat tien roi phai lam gi', expect: ['at4'] },
  { query: 'con gọi video vay tiền', expect: ['at3'] },
  { query: 'báo số điện thoại lừa đảo ở đâu', expect: ['at5'] },
  { query: 'dat mat khau the nao cho kho doan', expect: ['at1'] },
  { query: 'bị hack zalo', expect: ['at1'] },
  { query: 'cho trẻ con dùng facebook', expect: ['at6'] },
  { query: 'chữ trên điện thoại nhỏ quá', expect: ['bd1'] },
  { query: 'dung luong 4g het nhanh', expect: ['bd2'] },
  { query: 'điện thoại không vào được wifi', expect: ['bd2'] },
  { query: 'tải app ở đâu cho an toàn', expect: ['bd3'] },
  { query: 'quét mã qr bằng zalo như thế nào', expect: ['bd4'] },
  // at6 teaches telling rumours from facts on social networks too.
  { query: 'tin tren facebook co that khong', expect: ['bd5', 'at6'] },
  { query: 'xem thủ tục làm giấy tờ ở xã', expect: ['ns2'] },
  { query: 'zalo của xã ở đâu', expect: ['ns1'] },
  { query: 'học kỹ năng số ở đâu miễn phí', expect: ['ns3'] },
  { query: 'day ong ba dung dien thoai', expect: ['tv2'] },
  { query: 'tổ công nghệ số làm những việc gì', expect: ['tv1'] },
];
