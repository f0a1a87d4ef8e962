// Our own word lists for generated Vietnamese news text (no external corpus).
// Every entry is NFC and uses Đ U+0110 / đ U+0111.

export const SECTIONS = [
  ['Thời sự', 'thoi-su'],
  ['Chính trị', 'chinh-tri'],
  ['Kinh tế', 'kinh-te'],
  ['Xã hội', 'xa-hoi'],
  ['Văn hóa', 'van-hoa'],
  ['Giáo dục', 'giao-duc'],
  ['Y tế', 'y-te'],
  ['Du lịch', 'du-lich'],
  ['Thể thao', 'the-thao'],
  ['Pháp luật', 'phap-luat'],
  ['Quốc phòng - An ninh', 'quoc-phong-an-ninh'],
  ['Nông nghiệp', 'nong-nghiep'],
];

export const PLACES = [
  'Điện Biên Phủ',
  'Mường Nhé',
  'Tuần Giáo',
  'Mường Lay',
  'Lai Châu',
  'Sơn La',
  'Hà Giang',
  'Lào Cai',
  'Yên Bái',
  'Tuyên Quang',
  'Cao Bằng',
  'Lạng Sơn',
  'Thái Nguyên',
  'Hòa Bình',
  'Hà Nội',
  'Hải Phòng',
  'Quảng Ninh',
  'Nam Định',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Quảng Trị',
  'Huế',
  'Đà Nẵng',
  'Quảng Nam',
  'Quảng Ngãi',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Ninh Thuận',
  'Đắk Lắk',
  'Gia Lai',
  'Kon Tum',
  'Lâm Đồng',
  'Đồng Nai',
  'Bình Dương',
  'Tây Ninh',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Vĩnh Long',
  'Cần Thơ',
  'An Giang',
  'Kiên Giang',
  'Sóc Trăng',
  'Bạc Liêu',
  'Cà Mau',
];

export const DATELINES = ['ĐBP', 'HN', 'TP.HCM', 'ĐN', 'CT', 'TN', 'LC', 'SL', 'HG'];

export const SUBJECTS = [
  'Ủy ban nhân dân tỉnh',
  'Hội đồng nhân dân huyện',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Ban quản lý dự án',
  'Công an tỉnh',
  'Bộ đội biên phòng',
  'Hội Nông dân xã',
  'Đoàn thanh niên',
  'Hội Liên hiệp phụ nữ',
  'Trung tâm y tế huyện',
  'Ngân hàng chính sách xã hội',
  'Hợp tác xã',
  'Trường phổ thông dân tộc nội trú',
  'Bệnh viện đa khoa tỉnh',
  'Câu lạc bộ bóng đá',
  'Đội tuyển bóng chuyền',
  'Nhà văn hóa bản',
  'Ban chỉ đạo phòng chống thiên tai',
];

export const VERBS = [
  'triển khai',
  'tổ chức',
  'kiểm tra',
  'hỗ trợ',
  'khánh thành',
  'phát động',
  'tổng kết',
  'đẩy mạnh',
  'nâng cao',
  'xây dựng',
  'bàn giao',
  'khắc phục',
  'đón nhận',
  'giải quyết',
  'thu hút',
  'hoàn thành',
  'tập huấn',
  'trao tặng',
  'ra quân',
  'đánh giá',
];

export const OBJECTS = [
  'chương trình xây dựng nông thôn mới',
  'mô hình trồng cà phê',
  'công trình nước sạch',
  'cây cầu dân sinh',
  'đường giao thông liên bản',
  'lớp học tình thương',
  'chiến dịch tiêm chủng',
  'phong trào dân vận khéo',
  'lễ hội hoa ban',
  'giải đua thuyền truyền thống',
  'dự án điện mặt trời',
  'vụ lúa đông xuân',
  'đàn trâu bò',
  'nhà ở cho hộ nghèo',
  'kế hoạch phòng chống lũ quét',
  'đề án du lịch cộng đồng',
  'chợ phiên vùng cao',
  'kỳ thi tốt nghiệp trung học phổ thông',
  'chuyển đổi số',
  'an toàn thực phẩm',
  'sản phẩm OCOP',
  'tuyến biên giới',
  'rừng phòng hộ',
  'cây mắc ca',
  'sầu riêng',
  'thanh long ruột đỏ',
];

export const WORDS = (
  'người dân cán bộ địa phương chính quyền năm nay tháng trước kết quả bước đầu ' +
  'nhiều khó khăn thuận lợi tích cực hiệu quả bền vững thu nhập đời sống vật chất tinh thần ' +
  'bà con đồng bào dân tộc thiểu số vùng sâu vùng xa kinh phí nguồn vốn ngân sách nhà nước ' +
  'xã hội hóa doanh nghiệp nhà đầu tư hạ tầng giao thông thủy lợi trường học trạm y tế ' +
  'học sinh giáo viên bác sĩ điều dưỡng bệnh nhân mùa mưa lũ sạt lở đất nắng nóng ' +
  'sản lượng năng suất giá bán thị trường tiêu thụ xuất khẩu thương hiệu chất lượng ' +
  'nhiệm vụ trọng tâm giải pháp đồng bộ phối hợp chặt chẽ kịp thời quyết liệt ' +
  'thanh niên phụ nữ cựu chiến binh già làng trưởng bản người có uy tín ' +
  'truyền thống văn hóa bản sắc lễ hội múa xòe khèn Mông trang phục thổ cẩm ' +
  'du khách lưu trú homestay ẩm thực đặc sản cảnh quan thiên nhiên di tích lịch sử ' +
  'chiến thắng lịch sử tinh thần đoàn kết ý chí tự lực tự cường ' +
  'báo cáo cho biết theo ông theo bà đồng chí chủ tịch phó chủ tịch giám đốc trưởng phòng ' +
  'tổng số hộ gia đình hộ nghèo cận nghèo thoát nghèo việc làm lao động ' +
  'mục tiêu kế hoạch chỉ tiêu vượt dự kiến đến cuối năm giai đoạn tới ' +
  'an ninh trật tự an toàn giao thông tội phạm ma túy vi phạm xử lý nghiêm ' +
  'trận đấu bàn thắng vận động viên huấn luyện viên huy chương vàng giải đấu ' +
  'môi trường rác thải nước sạch điện lưới sóng di động internet ' +
  'đảm bảo tăng cường quan tâm chỉ đạo sát sao lắng nghe ý kiến nguyện vọng'
)
  .split(' ')
  .filter(Boolean)
  // Mostly two-syllable words, as written above.
  .reduce((out, syl, i, all) => (i % 2 ? out : [...out, all.slice(i, i + 2).join(' ')]), []);

export const GIVEN = ['Sầm Phúc', 'Lò Văn Hùng', 'Quàng Thị Mai', 'Nguyễn Đức', 'Trần Thu Hà'];
export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Lò', 'Quàng', 'Cà', 'Vàng', 'Giàng'];
export const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'A', 'Seo'];
export const LAST = ['Phúc', 'Hùng', 'Mai', 'Hà', 'Dũng', 'Lan', 'Tuấn', 'Hương', 'Páo', 'Chứ'];

export const TAGS = [
  'nông thôn mới',
  'giảm nghèo',
  'chuyển đổi số',
  'du lịch cộng đồng',
  'biên giới',
  'giáo dục',
  'y tế cơ sở',
  'phòng chống thiên tai',
  'cà phê',
  'lễ hội',
  'bóng đá',
  'an toàn giao thông',
  'OCOP',
  'dân vận khéo',
  'Điện Biên Phủ',
];
