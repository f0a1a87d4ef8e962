import { Injectable } from '@nestjs/common';
import type { Role } from '@toasoan/workflow';
import type { DocNode } from '@toasoan/editor';
import type { Tx } from '../database/database.service';
import { SectionsService } from '../sections/sections.service';
import { ArticlesService, loadRow } from './articles.service';
import { ArticleWorkflow } from './workflow.service';

export interface DemoPerson {
  id: string;
  role: Role;
  displayName: string;
  penName: string | null;
}

const SECTIONS = [
  { name: 'Thời sự', slug: 'thoi-su', description: 'Tin tức trong tỉnh và cả nước' },
  { name: 'Kinh tế', slug: 'kinh-te', description: 'Nông nghiệp, công thương, đầu tư' },
  { name: 'Văn hóa - Xã hội', slug: 'van-hoa-xa-hoi', description: 'Đời sống, giáo dục, y tế' },
  { name: 'Du lịch', slug: 'du-lich', description: 'Điểm đến, lễ hội, ẩm thực' },
  { name: 'Thể thao', slug: 'the-thao', description: 'Phong trào và thi đấu' },
];

const doc = (...paragraphs: string[]): DocNode => ({
  type: 'doc',
  content: paragraphs.map((text) =>
    text.startsWith('## ')
      ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: text.slice(3) }] }
      : { type: 'paragraph', content: [{ type: 'text', text }] },
  ),
});

/** Our own invented stories for the demo newsroom, one in each state of the workflow. */
@Injectable()
export class DemoContent {
  constructor(
    private readonly sections: SectionsService,
    private readonly articles: ArticlesService,
    private readonly workflow: ArticleWorkflow,
  ) {}

  async seed(tx: Tx, people: DemoPerson[]): Promise<void> {
    const section: Record<string, string> = {};
    for (const [i, s] of SECTIONS.entries()) {
      section[s.slug] = (await this.sections.insert(tx, { ...s, position: i })).id;
    }
    const reporters = people.filter((p) => p.role === 'reporter');
    const editor =
      people.find((p) => p.role === 'editor') ?? people.find((p) => p.role === 'admin');
    if (!editor || reporters.length === 0) return;
    const writer = (i: number) => reporters[i % reporters.length];
    const create = (i: number, fields: Parameters<ArticlesService['insert']>[2]) =>
      this.articles.insert(tx, writer(i), fields);
    const act = (
      id: string,
      action: Parameters<ArticleWorkflow['applyInTx']>[2],
      by: string,
      extra = {},
    ) => this.workflow.applyInTx(tx, id, action, by, extra);

    // published
    const harvest = await create(0, {
      title: 'Nông dân Mường Ảng thu hoạch cà phê sớm',
      sectionId: section['kinh-te'],
      dateline: 'ĐBP',
      lead: 'Những ngày cuối tháng Mười, các hộ trồng cà phê ở huyện vùng cao bắt đầu hái quả chín, giá bán cao hơn năm trước.',
      body: doc(
        'Từ sáng sớm, gia đình ông Lò Văn Sơn ở bản Co Muông đã có mặt trên nương. Năm nay hai héc-ta cà phê cho chừng 12 tấn quả tươi.',
        '## Giá tốt, bà con phấn khởi',
        'Theo cán bộ khuyến nông xã, giá quả tươi đang ở mức 14.500 đồng/kg. Nhiều hộ đã ký hợp đồng bao tiêu với hợp tác xã.',
      ),
      tags: ['cà phê', 'nông nghiệp'],
    });
    await act(harvest.id, 'submit', writer(0).id);
    await act(harvest.id, 'publish', editor.id);

    // published, with an edit waiting for review
    const festival = await create(1, {
      title: 'Lễ hội hoa ban thu hút du khách',
      sectionId: section['du-lich'],
      dateline: 'ĐBP',
      lead: 'Ba ngày lễ hội, hàng nghìn du khách về với thành phố giữa mùa hoa ban nở trắng.',
      body: doc(
        'Lễ hội năm nay có thi người đẹp hoa ban, chợ phiên vùng cao và đêm xòe Thái.',
        'Ban tổ chức cho biết lượng khách tăng khoảng một phần ba so với năm trước.',
      ),
      tags: ['hoa ban', 'lễ hội'],
    });
    await act(festival.id, 'submit', writer(1).id);
    const live = await act(festival.id, 'publish', editor.id);
    await this.articles.writeContent(
      tx,
      await loadRow(tx, live.id),
      live.version,
      {
        body: doc(
          'Lễ hội năm nay có thi người đẹp hoa ban, chợ phiên vùng cao và đêm xòe Thái đoàn kết.',
          'Ban tổ chức cho biết lượng khách tăng khoảng 35% so với năm trước, nhiều nhất là khách từ Hà Nội.',
        ),
      },
      editor.id,
      { kind: 'save' },
    );

    // scheduled for tomorrow morning
    const school = await create(2, {
      title: 'Trường bán trú vùng cao sẵn sàng cho học kỳ mới',
      sectionId: section['van-hoa-xa-hoi'],
      lead: 'Các trường phổ thông dân tộc bán trú đã sửa xong phòng ở, bếp ăn cho học sinh.',
      body: doc('Thầy cô giáo dành cả tuần lên bản vận động học sinh trở lại lớp đúng ngày.'),
    });
    await act(school.id, 'submit', writer(2).id);
    await act(school.id, 'schedule', editor.id, {
      publishAt: new Date(Date.now() + 24 * 3600 * 1000),
    });

    // in review
    const road = await create(0, {
      title: 'Bản Che Căn góp công làm đường bê tông',
      sectionId: section['thoi-su'],
      dateline: 'ĐBP',
      lead: 'Người dân hiến đất, góp ngày công để con đường vào bản được cứng hóa trước mùa mưa.',
      body: doc('Con đường dài gần hai cây số, trước đây mùa mưa xe máy không đi được.'),
    });
    await act(road.id, 'submit', writer(0).id);

    // changes requested, with the editor's note
    const match = await create(1, {
      title: 'Giải bóng chuyền hơi các dân tộc khai mạc',
      sectionId: section['the-thao'],
      lead: 'Mười hai đội đến từ các huyện tham dự giải năm nay.',
      body: doc('Trận khai mạc diễn ra sôi nổi trước đông đảo khán giả.'),
    });
    await act(match.id, 'submit', writer(1).id);
    await act(match.id, 'request_changes', editor.id, {
      comment: 'Bổ sung tên các đội vào bán kết và ý kiến của ban tổ chức.',
    });

    // drafts
    await create(2, {
      title: 'Ghi chép: một ngày với đội tuần tra biên giới',
      sectionId: section['thoi-su'],
      lead: '',
      body: doc('Bản nháp: còn thiếu phần phỏng vấn đồn trưởng.'),
    });
    await create(0, {
      title: 'Món cá nướng pa pỉnh tộp của người Thái',
      sectionId: section['du-lich'],
      body: doc(
        'Cá suối được mổ lưng, nhồi mắc khén, hạt dổi rồi kẹp que tre nướng trên than hồng.',
      ),
      tags: ['ẩm thực'],
    });
  }
}
