import { describe, expect, it } from "vitest";
import { run } from "./testing.js";

describe("parks", () => {
  it("finds zones at their full extent and not generic phrases", () => {
    const { named } = run("依托浦里工业新区,建成众创空间聚集区。盘活各类园区存量资源,力争建成国家级高新技术产业开发区。紧抓松山湖高新技术产业开发区的机遇。");
    expect(named("Park")).toEqual(["松山湖高新技术产业开发区", "浦里工业新区"]);
  });

  it("takes a 以下简称 short form and a bare ending as the same park", () => {
    const { x } = run("加快推进东莞国家自主创新示范区(以下简称东莞自创区)建设。以东莞自创区建设为抓手,提高自创区管理效率。");
    const parks = x.entities.filter((e) => e.label === "Park");
    expect(parks.map((p) => p.name)).toEqual(["东莞国家自主创新示范区"]);
    const mentions = x.relations.find((r) => r.type === "MENTIONS" && r.to === parks[0]!.id)!;
    expect(mentions.props.count).toBe(4);
  });

  it("does not run an issuer's or a verb's words into a zone's name", () => {
    const { named } = run("中共嘉兴市委嘉兴港区工作委员会。平阳县人民政府办公室印发平阳县小微企业创业创新园管理办法。合理布局物流园区。");
    expect(named("Park")).toEqual(["嘉兴港区", "平阳县小微企业创业创新园"]);
  });

  it("locates a zone elsewhere, and the document's main zone, in the place its name begins with", () => {
    const { edges } = run("做强做大乐山高新区,发挥乐山高新区牵引作用,乐山高新区要率先突破。建设乐山氢能产业园。加强与北京中关村科技园合作。");
    expect(edges("LOCATED_IN").sort()).toEqual(["乐山高新区 → 乐山市", "北京中关村科技园 → 北京市"]);
  });

  it("relates a zone to the industries it concentrates on", () => {
    const { edges } = run("支持衢州绿色产业集聚区发展新材料、新能源产业。");
    expect(edges("FOCUSES_ON").sort()).toEqual(["衢州绿色产业集聚区 → 新材料", "衢州绿色产业集聚区 → 新能源"]);
  });

  it("splits distributive lists of zones, the bare member an alias", () => {
    const { named, x } = run("加快推进渠口、临港等物流园区建设。做强茶叶、晚熟柑橘、高山蔬菜科技园。");
    expect(named("Park")).toEqual(["临港物流园区", "晚熟柑橘科技园", "渠口物流园区", "茶叶科技园", "高山蔬菜科技园"]);
    expect(x.entities.find((e) => e.name === "渠口物流园区")?.aliases).toContain("渠口");
  });

  it("establishes the zones the document builds", () => {
    const { edges } = run("加快推进渠口、临港等物流园区建设。依托浦里工业新区发展。");
    expect(edges("ESTABLISHES").sort()).toEqual(["Document → 临港物流园区", "Document → 渠口物流园区"]);
  });

  it("gives a short form the node of the full name the document also uses", () => {
    const { x } = run("以万华生命科学产业城为载体。重点推进总投资110亿元的新乡万华生命科学产业城。");
    const parks = x.entities.filter((e) => e.label === "Park");
    expect(parks.map((p) => [p.name, p.aliases])).toEqual([["新乡万华生命科学产业城", ["万华生命科学产业城"]]]);
  });

  it("shares a head only among members that lack one, and reads no zone into 区块链", () => {
    const { named } = run("整合成员国驻华使领馆、投促机构、商协会、境外园区等联络资源。依托市大数据平台目录区块链系统开展共享。加快推进渠口、临港等物流园区建设。");
    expect(named("Park")).toEqual(["临港物流园区", "渠口物流园区"]);
  });
});
