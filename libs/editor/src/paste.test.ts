import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '@toasoan/editor';

const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head>
<body lang=VI style='tab-interval:36.0pt'>
<p class=MsoNormal style='mso-margin-top-alt:auto;line-height:150%'><b><span style='font-size:13.0pt;mso-bidi-font-family:Arial'>Mường Phăng</span></b><span style='mso-spacerun:yes'> </span>vào mùa hoa ban<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Làm đường<o:p></o:p></p>
<p class=MsoNormal><a href="https://a.vn/bai-viet" onclick="x()" class=MsoHyperlink>Đọc thêm</a><o:p>&nbsp;</o:p></p>
</body></html>`;

const gdocs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3f1d2c7a-7fff-1a2b-3c4d-5e6f7a8b9c0d"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt"><span style="font-size:16pt;font-family:Arial;color:#000000;font-weight:400;font-style:normal;">Dân vận khéo</span></h2><p dir="ltr" style="line-height:1.38;"><span style="font-size:11pt;font-weight:700;">Sáng nay</span><span style="font-size:11pt;font-weight:400;">, bà con </span><span style="font-size:11pt;font-style:italic;text-decoration:underline;">bản Na Sang</span><span style="font-size:11pt;"> đã</span></p><ul style="margin-top:0;"><li dir="ltr" style="list-style-type:disc;"><p dir="ltr" role="presentation"><span style="font-size:11pt;">Một</span></p></li></ul><br></b>`;

describe('cleanPastedHtml', () => {
  it('cleans a Word snippet', () => {
    expect(cleanPastedHtml(word)).toBe(
      '<p><b>Mường Phăng</b> vào mùa hoa ban</p>\n<p>Làm đường</p>\n<p><a href="https://a.vn/bai-viet">Đọc thêm</a></p>',
    );
  });

  it('cleans a Google Docs snippet and keeps styled formatting as tags', () => {
    expect(cleanPastedHtml(gdocs)).toBe(
      '<h2>Dân vận khéo</h2><p><strong>Sáng nay</strong>, bà con <em><u>bản Na Sang</u></em> đã</p><ul><li><p>Một</p></li></ul><br>',
    );
  });

  it('drops scripts, event handlers and unknown attributes', () => {
    const out = cleanPastedHtml(
      '<p onclick="x()" style="color:red">a<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="https://e.x"></iframe></p>',
    );
    expect(out).toBe('<p>a</p>');
  });

  it('keeps our own figures (copy and paste inside the editor)', () => {
    const html =
      '<figure data-media-id="6f1c1a2e-3b4d-4c5e-8f60-7a8b9c0d1e2f" data-pm-slice="0 0 []"><img alt="Ảnh"><figcaption>Chú thích <span class="credit">Ảnh: TTXVN</span></figcaption></figure>';
    expect(cleanPastedHtml(html)).toBe(html);
  });

  it('is safe on odd input', () => {
    expect(cleanPastedHtml('')).toBe('');
    expect(cleanPastedHtml('a < b <!-- x')).toBe('a &lt; b');
    expect(cleanPastedHtml('<p>unclosed <b>bold')).toBe('<p>unclosed <b>bold</b></p>');
  });
});
