import { createHash } from 'node:crypto';

/** The whole stylesheet of the public site: small, inline, readable on a phone, and printable. */
export const STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}
a{color:#0b4f8a}
a:hover{color:#a40e0e}
.wrap{max-width:980px;margin:0 auto;padding:0 16px}
.site-head{border-bottom:3px solid #a40e0e;padding:12px 0 0}
.brand{font:700 28px/1.2 Arial,Helvetica,sans-serif;color:#a40e0e;text-decoration:none}
.nav{display:flex;flex-wrap:wrap;gap:4px 16px;margin:8px 0 0;padding:0 0 8px;list-style:none;font:15px Arial,Helvetica,sans-serif}
.nav a{text-decoration:none;color:#222}
.search{display:flex;gap:6px;margin:8px 0}
.search input{flex:1;min-width:0;font-size:16px;padding:6px 8px}
.search button{font-size:16px;padding:6px 12px}
main{padding:16px 0 32px}
h1{font:700 28px/1.25 Arial,Helvetica,sans-serif;margin:8px 0 12px}
h2{font:700 20px/1.3 Arial,Helvetica,sans-serif;margin:24px 0 8px}
.meta{font:14px Arial,Helvetica,sans-serif;color:#555;display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center}
.lead{font-weight:700}
.dateline{font-weight:700}
figure{margin:16px 0}
figure img,.card img{max-width:100%;height:auto;display:block}
figcaption{font:italic 14px/1.45 Arial,Helvetica,sans-serif;color:#444;padding:6px 0;text-align:center}
.credit{font-style:normal;font-weight:700}
.byline{text-align:right;font-weight:700}
.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px;font:14px Arial,Helvetica,sans-serif}
.tags a{background:#f0f0f0;padding:2px 8px;border-radius:3px;text-decoration:none}
.correction{border-left:4px solid #a40e0e;background:#fff5f5;padding:8px 12px;margin:12px 0;font:15px Arial,Helvetica,sans-serif}
.cards{list-style:none;padding:0;margin:0}
.card{display:grid;grid-template-columns:1fr;gap:8px;padding:12px 0;border-bottom:1px solid #e5e5e5}
.card h3{font:700 18px/1.35 Arial,Helvetica,sans-serif;margin:0}
.card h3 a{text-decoration:none;color:#111}
.card p{margin:0;font-size:15px}
@media (min-width:640px){.card.with-photo{grid-template-columns:200px 1fr}}
.pager{display:flex;gap:16px;justify-content:center;font:15px Arial,Helvetica,sans-serif;margin:16px 0}
.comments{border-top:2px solid #e5e5e5;margin-top:24px}
.comment{padding:8px 0;border-bottom:1px solid #eee}
.comment b{font-family:Arial,Helvetica,sans-serif}
.comment time{font:13px Arial,Helvetica,sans-serif;color:#666;margin-left:8px}
.comment p{white-space:pre-line;margin:4px 0}
form.comment-form{display:grid;gap:8px;font:15px Arial,Helvetica,sans-serif}
form.comment-form input,form.comment-form textarea{font:16px Arial,Helvetica,sans-serif;padding:6px;width:100%}
.notice{background:#eef6ee;padding:8px 12px}
.related{border-top:2px solid #a40e0e;margin-top:24px}
.site-foot{border-top:1px solid #ddd;padding:16px 0;font:13px Arial,Helvetica,sans-serif;color:#555}
.print-only{display:none}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{.site-head,.site-foot,.no-print,.comments,.related,.search{display:none}.print-only{display:block}body{font-size:12pt}a{color:#000;text-decoration:none}}
`
  .trim()
  .replace(/\n/g, '');

/** For the Content-Security-Policy: the only style the pages may use. */
export const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;
