import { describe, expect, it } from "vitest";
import { declaredCharset, htmlToText } from "./html.js";

const body = "<p>为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。</p><p>一、加大研发投入。</p>";

describe("htmlToText", () => {
  it("drops scripts, styles, navigation, headers, footers, noscript and iframes", () => {
    const html = `<html><head><title>页面</title><style>p{color:red}</style></head><body>
      <header>网站首页</header><nav>政策法规</nav><script>var 变量 = 1;</script><noscript>请启用脚本</noscript>
      <iframe src="x">框架</iframe>${body}<footer>版权所有</footer></body></html>`;
    expect(htmlToText(html).text.trim()).toBe("为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。\n一、加大研发投入。");
  });

  it("breaks lines at blocks and <br>, separates table cells with tabs and collapses HTML whitespace", () => {
    const { text } = htmlToText("<div><div>第一条\n   规定</div></div>\n<p>甲<br>乙<br><br>丙</p><table><tr><td>项目</td><td>金额</td></tr></table>");
    expect(text).toBe("第一条 规定\n甲\n乙\n\n丙\n项目\t金额");
  });

  it("decodes entities", () => {
    expect(htmlToText("<p>研发&amp;创新&nbsp;&#x4e2d;&lt;心&gt;</p>").text.trim()).toBe("研发&创新\u00a0中<心>");
  });

  it("keeps only the main content container when it holds most of the Chinese text, title put back on top", () => {
    const html = `<div class="sidebar"><p>热点新闻一则</p></div>
      <div class="article"><h1>关于加快科技创新的若干意见</h1><div class="info">发布日期：2020-08-22 来源：市科技局</div>
      <div id="zoom" class="TRS_Editor">${body}</div></div><div class="links">友情链接</div>`;
    const page = htmlToText(html);
    expect(page.text).toBe("关于加快科技创新的若干意见\n为深入实施创新驱动发展战略，加快建设创新型城市，现提出如下意见。\n一、加大研发投入。");
    expect(page.outsideText).toContain("发布日期：2020-08-22");
  });

  it("prefers a heading over a title-classed site banner when putting the title back", () => {
    const html = `<div class="site-title">某某市人民政府门户网站欢迎您</div><div class="article"><h1>关于加快科技创新的若干意见</h1>
      <div class="content">${body}</div></div>`;
    expect(htmlToText(html).text.split("\n")[0]).toBe("关于加快科技创新的若干意见");
  });

  it("reads pages that wrap everything in a <form> (ASP.NET sites)", () => {
    expect(htmlToText(`<form id="form1">${body}</form>`).text).toContain("现提出如下意见。");
  });

  it("keeps the whole page when the content-like container holds only a little of the text", () => {
    const html = `<div class="content-teaser">简介</div>${body}`;
    expect(htmlToText(html).text).toContain("简介");
  });
});

describe("declaredCharset", () => {
  it("reads <meta charset> and the http-equiv form", () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="gb2312"></head>'))).toBe("gb2312");
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'))).toBe("GBK");
    expect(declaredCharset(Buffer.from("<p>没有声明</p>"))).toBeUndefined();
  });
});
