// End-to-end tests: the built site (dist/) served by a plain static file
// server on 127.0.0.1, driven in headless Chromium. Each test asserts on what
// a reader sees. Run with `node --test tests/e2e/` after `trunk build --release`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { launchChromium, openPage } from "./browser.mjs";
import { serve } from "./static-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");

let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(dist, "404.html")), "dist/ is missing: run `trunk build --release` first");
  server = await serve(dist);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page: see openPage in browser.mjs. */
const open = (options = {}) => openPage(browser, options);

const url = (path) => server.url + path;
const text = (page, selector) => page.locator(selector).first().innerText();

test("a code page and a Chinese comparison show their content before the wasm runs", async () => {
  const { context, page } = await open();
  // Keep the wasm from ever loading: what shows is the prerendered HTML alone.
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(url("/1008/"));
  assert.match(await text(page, "h1"), /1008\s+Policy Violation/);
  const body = await page.locator("main").innerText();
  for (const heading of ["Description", "When you see it", "How to fix"]) assert.ok(body.includes(heading), heading);
  assert.equal(await page.title(), "1008 Policy Violation: WebSocket close code");

  await page.goto(url("/zh-hans/compare/1008-vs-1014/"));
  assert.match(await text(page, "h1"), /1008\s+策略违规\s+vs\s+1014\s+网关错误/);
  const zh = await page.locator("main").innerText();
  for (const heading of ["描述", "何时出现", "如何修复", "主要区别", "何时使用哪个"]) assert.ok(zh.includes(heading), heading);
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  await context.close();
});

test("with JavaScript disabled every kind of page reads fine", async () => {
  const { context, page, errors } = await open({ javaScriptEnabled: false });
  await page.goto(url("/1006/"));
  assert.match(await text(page, "h1"), /1006\s+Abnormal Closure/);
  assert.ok((await page.locator("main").innerText()).includes("How to fix"));

  await page.goto(url("/zh-hans/compare/1008-vs-1014/"));
  assert.ok((await page.locator("main").innerText()).includes("何时使用哪个"));

  await page.goto(url("/"));
  assert.ok((await page.locator("main").innerText()).includes("Reported locally, never sent"));
  await page.click("a[href='/1009/']");
  await page.waitForURL(url("/1009/"));

  // The reversed comparison URL redirects with a meta refresh.
  await page.goto(url("/compare/1014-vs-1008/"));
  await page.waitForURL(url("/compare/1008-vs-1014/"));

  // The search form leads to a page that lists every code.
  await page.goto(url("/search/?q=1006"));
  assert.match(await page.locator("main").innerText(), /1006\s+Abnormal Closure/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the app hydrates without rendering twice", async () => {
  const { context, page, errors, started } = await open();
  // Hold the wasm back until the prerendered nodes are marked, then check
  // that hydration kept those very nodes instead of rendering new ones.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url("/1008/"));
  await page.evaluate(() => {
    for (const el of document.querySelectorAll("h1, header.site-header, #site-search, #page")) el.__prerendered = true;
  });
  release();
  await started();
  const kept = await page.evaluate(() =>
    ["h1", "header.site-header", "#site-search", "#page"].map((s) => document.querySelector(s)?.__prerendered === true),
  );
  assert.deepEqual(kept, [true, true, true, true], "hydration replaced prerendered nodes");
  assert.equal(await page.locator("h1").count(), 1);
  assert.equal(await page.locator("main").count(), 1);
  assert.equal(await page.locator("header.site-header").count(), 1);
  assert.equal(await page.locator("footer").count(), 1);
  assert.equal(await page.locator("text=Compare 1008 with").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("links navigate without a full reload and update the title", async () => {
  const { context, page, errors, started } = await open();
  await page.goto(url("/1008/"));
  await started();
  await page.evaluate(() => {
    window.__sameDocument = true;
  });

  await page.click(".compare-with a[href='/compare/1008-vs-1014/']");
  await page.waitForURL(url("/compare/1008-vs-1014/"));
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.includes("vs"));
  assert.match(await text(page, "h1"), /1008\s+Policy Violation\s+vs\s+1014\s+Bad Gateway/);
  await page.waitForFunction(() => document.title.startsWith("1008 Policy Violation vs 1014 Bad Gateway"));
  assert.ok((await page.locator("main").innerText()).includes("When to use which"));

  // A link inside the rendered markdown is handled by the router too.
  await page.click(".compare-column h2 a[href='/1014/']");
  await page.waitForURL(url("/1014/"));
  await page.waitForFunction(() => document.title === "1014 Bad Gateway: WebSocket close code");

  await page.goBack();
  await page.waitForURL(url("/compare/1008-vs-1014/"));
  await page.waitForFunction(() => document.title.startsWith("1008 Policy Violation vs"));

  assert.equal(await page.evaluate(() => window.__sameDocument), true, "the page was reloaded");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the language menu reaches the same page in all fifteen locales, by keyboard", async () => {
  const { context, page, errors, started } = await open();
  const locales = [
    ["en", "", "en"], ["zh-hans", "/zh-hans", "zh-Hans"], ["ja", "/ja", "ja"], ["ko", "/ko", "ko"],
    ["de", "/de", "de"], ["fr", "/fr", "fr"], ["es", "/es", "es"], ["pt", "/pt", "pt-BR"],
    ["ru", "/ru", "ru"], ["vi", "/vi", "vi"], ["th", "/th", "th"], ["tr", "/tr", "tr"],
    ["id", "/id", "id"], ["hi", "/hi", "hi"], ["ar", "/ar", "ar"],
  ];
  let from = "/1008/";
  for (const [, prefix, lang] of locales) {
    await page.goto(url(from));
    await started();
    // Open the menu from the keyboard and pick the language.
    await page.focus(".language-menu summary");
    await page.keyboard.press("Enter");
    assert.equal(await page.getAttribute(".language-menu", "open"), "");
    const link = page.locator(`.language-list a[hreflang="${lang}"]`);
    assert.equal(await link.getAttribute("href"), `${prefix}/1008/`);
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(url(`${prefix}/1008/`));
    await started();
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.match(await text(page, "h1"), /1008/);
    // The current language is marked, and Escape closes the menu.
    await page.click(".language-menu summary");
    assert.equal(await page.getAttribute(`.language-list a[hreflang="${lang}"]`, "aria-current"), "page");
    await page.keyboard.press("Escape");
    assert.equal(await page.getAttribute(".language-menu", "open"), null);
    from = `${prefix}/1008/`;
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("the language menu works without JavaScript and on a 360 px phone", async () => {
  const { context, page } = await open({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  await page.goto(url("/ar/compare/1008-vs-1014/"));
  await page.click(".language-menu summary");
  const list = await page.locator(".language-list").boundingBox();
  assert.ok(list.x >= 0 && list.x + list.width <= 360, `the menu is off screen: ${JSON.stringify(list)}`);
  assert.equal(await page.locator(".language-list a").count(), 15);
  await page.click('.language-list a[hreflang="ko"]');
  await page.waitForURL(url("/ko/compare/1008-vs-1014/"));
  assert.equal(await page.getAttribute("html", "lang"), "ko");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${width}px wide`);
  await context.close();
});

test("Arabic pages read right to left, with the facts panel on the left", async () => {
  const { context, page, errors, started } = await open();
  await page.goto(url("/ar/1006/"));
  await started();
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  const facts = await page.locator(".code-layout .facts").boundingBox();
  const body = await page.locator(".code-layout .code-body").boundingBox();
  assert.ok(facts.x + facts.width <= body.x, "the facts panel is on the left of the text");
  // Numbers and code keep their order among Arabic words.
  assert.equal(await page.locator(".facts code").first().innerText(), "close(1006)");
  assert.equal(await page.locator(".facts code").first().evaluate((el) => getComputedStyle(el).direction), "ltr");
  assert.equal(await page.locator("h1 .code-number").evaluate((el) => getComputedStyle(el).direction), "ltr");
  // The English text is set left to right.
  assert.equal(await page.locator(".code-body .prose > div").first().evaluate((el) => getComputedStyle(el).direction), "ltr");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Japanese, Korean, German, French, Spanish and Portuguese comparisons are written in their language", async () => {
  const { context, page, errors, started } = await open();
  const cases = [
    ["/de/compare/1008-vs-1014/", ["Beschreibung", "Wann Sie es sehen", "Wie man es behebt", "Wesentliche Unterschiede", "Wann welcher Code passt"], /Richtlinienverstoß/, /\b(der|die|und|Sie)\b/],
    ["/fr/compare/1008-vs-1014/", ["Description", "Quand vous le voyez", "Comment résoudre", "Différences clés", "Quand utiliser lequel"], /Violation de politique/, /\b(le|la|les|vous)\b/],
    ["/es/compare/1008-vs-1014/", ["Descripción", "Cuándo verás este código", "Cómo solucionarlo", "Diferencias clave", "Cuándo usar cada uno"], /Violación de política/, /\b(el|la|los|que)\b/],
    ["/pt/compare/1008-vs-1014/", ["Descrição", "Quando você o vê", "Como corrigir", "Diferenças principais", "Quando usar qual"], /Violação de política/, /\b(o|a|os|você|que)\b/],
    ["/ja/compare/1008-vs-1014/", ["説明", "このコードが表示される場合", "解決方法", "主な違い", "使い分け"], /ポリシー違反/, /[ぁ-ん]/],
    ["/ko/compare/1008-vs-1014/", ["설명", "이 코드를 보게 되는 경우", "해결 방법", "주요 차이점", "언제 어떤 것을 사용할지"], /정책 위반/, /[가-힣]/],
  ];
  for (const [path, headings, name, script] of cases) {
    await page.goto(url(path));
    await started();
    const main = await page.locator("main").innerText();
    for (const heading of headings) assert.ok(main.includes(heading), `${path}: ${heading}`);
    assert.match(main, name, path);
    // Body text in the locale's script, no untranslated note, nothing marked English but names.
    const body = await page.locator(".compare-column .prose").first().innerText();
    assert.match(body, script, path);
    assert.equal(await page.locator(".untranslated").count(), 0, path);
    assert.equal(await page.locator(".compare-column .prose > div[lang=en]").count(), 0, path);
    // The page is its own canonical, with the other translations as alternates.
    assert.match(await page.getAttribute("link[rel=canonical]", "href"), new RegExp(`${path.replaceAll("/", "\\/")}$`));
    assert.ok(await page.locator("link[rel=alternate][hreflang=ja]").count());
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a Russian comparison shows Russian headings and the note over the English text", async () => {
  const { context, page, errors, started } = await open();
  await page.goto(url("/ru/compare/1008-vs-1014/"));
  await started();
  const main = await page.locator("main").innerText();
  for (const heading of ["Описание", "Когда вы это видите", "Как исправить", "Ключевые различия", "Что когда использовать"]) {
    assert.ok(main.includes(heading), heading);
  }
  const note = page.locator(".untranslated");
  assert.ok((await note.innerText()).includes("переведена"), await note.innerText());
  assert.equal(await note.locator("a").getAttribute("href"), "/compare/1008-vs-1014/");
  assert.equal(await page.locator(".compare-column .prose > div[lang=en]").count(), 6);
  assert.ok(main.includes("The peer closed the connection"));
  // Search engines are sent to the English page, which is the translation that exists.
  assert.match(await page.getAttribute("link[rel=canonical]", "href"), /^https?:\/\/[^/]+\/compare\/1008-vs-1014\/$/);
  // Following the note leads to the English page.
  await note.locator("a").click();
  await page.waitForURL(url("/compare/1008-vs-1014/"));
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.deepEqual(errors, []);
  await context.close();
});

test("every locale's home and a code page load without a console error", async () => {
  const { context, page, errors, started } = await open();
  for (const prefix of ["", "/zh-hans", "/ja", "/ko", "/de", "/fr", "/es", "/pt", "/ru", "/vi", "/th", "/tr", "/id", "/hi", "/ar"]) {
    for (const path of [`${prefix}/`, `${prefix}/1011/`]) {
      await page.goto(url(path));
      await started();
      assert.equal(await page.locator("h1").count(), 1, path);
      // The header is in the page's language: its search box says so.
      const placeholder = await page.getAttribute("#site-search", "placeholder");
      assert.ok(placeholder.length > 0, path);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("an unknown path shows the not-found page, with a link to a code it names", async () => {
  const { context, page, errors, started } = await open();
  const response = await page.goto(url("/no/such/page"));
  assert.equal(response.status(), 404);
  await started();
  assert.equal(await text(page, "h1"), "Page not found");
  assert.ok((await page.locator("main").innerText()).includes("/no/such/page"));
  await page.click("text=See every close code");
  await page.waitForURL(url("/"));
  assert.equal(await text(page, "h1"), "WebSocket close codes");

  await page.goto(url("/docs/1008/oops"));
  await started();
  await page.click("text=Looking for close code 1008, Policy Violation?");
  await page.waitForURL(url("/1008/"));
  await page.waitForFunction(() => document.title.startsWith("1008 Policy Violation"));

  await page.goto(url("/zh-hans/no/such/page"));
  await started();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText === "页面不存在");
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");

  // The one 404.html a host serves at any path fetches the strings of the
  // path's language, and reads right to left where that language does.
  await page.goto(url("/ar/no/such/page"));
  await started();
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  assert.ok((await page.locator("main").innerText()).includes("/ar/no/such/page"));

  // Digits of any width or script in a path that is no page still name the code.
  await page.goto(url("/ws/%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%96/x"));
  await started();
  await page.locator(".hint a").waitFor();
  assert.equal(await page.getAttribute(".hint a", "href"), "/1006/");

  // The document itself is a 404: Chromium reports that one response.
  const unexpected = errors.filter((e) => !e.includes("status of 404"));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test("non-canonical URLs land on the canonical page", async () => {
  const { context, page, errors, started } = await open();
  await page.goto(url("/compare/1014-vs-1008/"));
  await page.waitForURL(url("/compare/1008-vs-1014/"));
  await started();
  assert.match(await text(page, "h1"), /1008\s+Policy Violation\s+vs\s+1014/);

  await page.goto(url("/zh-hans/1006/index.html"));
  await page.waitForURL(url("/zh-hans/1006/"));
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.includes("异常关闭"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the search box jumps to a code by number or by name, from the keyboard", async () => {
  const { context, page, errors, started } = await open();
  await page.goto(url("/1008/"));
  await started();
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "site-search");
  await page.keyboard.type("1006");
  const option = page.locator("#search-results [role=option]").first();
  await option.waitFor();
  assert.match(await option.innerText(), /1006\s+Abnormal Closure/);
  assert.equal(await page.getAttribute("#site-search", "aria-expanded"), "true");
  await page.keyboard.press("Enter");
  await page.waitForURL(url("/1006/"));
  await page.waitForFunction(() => document.title.startsWith("1006 Abnormal Closure"));

  await page.click("#site-search");
  await page.keyboard.type("going");
  await page.locator("#search-results [role=option]").first().waitFor();
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.getAttribute("#site-search", "aria-activedescendant"), "search-option-0");
  await page.keyboard.press("Escape");
  assert.equal(await page.getAttribute("#site-search", "aria-expanded"), "false");
  await page.keyboard.press("Enter");
  await page.waitForURL(url("/1001/"));

  await page.goto(url("/zh-hans/"));
  await started();
  await page.click("#site-search");
  await page.keyboard.type("策略");
  await page.locator("#search-results [role=option]").first().waitFor();
  await page.keyboard.press("Enter");
  await page.waitForURL(url("/zh-hans/1008/"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("pages fit a 360 px phone screen, comparisons stacked", async () => {
  const { context, page, errors, started } = await open({ viewport: { width: 360, height: 740 } });
  for (const path of ["/", "/1006/", "/zh-hans/compare/1008-vs-1014/", "/search/"]) {
    await page.goto(url(path));
    await started();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${path} is ${width}px wide`);
  }
  const [first, second] = await page.goto(url("/compare/1002-vs-1003/")).then(() =>
    page.locator(".compare-column").evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().toJSON())),
  );
  assert.ok(second.top >= first.bottom, "the columns are stacked");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a wide screen the comparison shows two columns", async () => {
  const { context, page, errors } = await open();
  await page.goto(url("/compare/1002-vs-1003/"));
  const [first, second] = await page
    .locator(".compare-column")
    .evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().toJSON()));
  assert.equal(Math.round(first.top), Math.round(second.top));
  assert.ok(second.left > first.right);
  assert.deepEqual(errors, []);
  await context.close();
});

test("every number shows its range, with what services mean by it", async () => {
  const { context, page, errors, started } = await open();
  const cases = [
    ["/4004/", /4004 is in the range 4000–4999: Private use\./],
    ["/4321/", /4321 is in the range 4000–4999: Private use\./],
    ["/2500/", /2500 is in the range 1000–2999: Reserved for the protocol\./],
    ["/0/", /0 is in the range 0–999: Not used\./],
    ["/65535/", /65535 is in the range 5000–65535: Not valid close codes\./],
  ];
  for (const [path, expected] of cases) {
    await page.goto(url(path));
    await started();
    await page.waitForFunction(() => document.querySelector("h1")?.innerText.length > 0);
    const main = await page.locator("main").innerText();
    assert.match(main, expected, path);
    assert.match(await page.title(), /^Close code \d+: /, path);
  }
  // Above 65535 no number is a close code, and the page says why.
  await page.goto(url("/70000/"));
  await started();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.includes("70000"));
  assert.equal(await text(page, "h1"), "70000 is not a close code");
  assert.match(await page.locator("main").innerText(), /no close code is larger than 65535/);
  // However long the number.
  await page.goto(url("/12345678901234567890/"));
  await started();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.includes("12345678901234567890"));
  assert.equal(await text(page, "h1"), "12345678901234567890 is not a close code");
  // Digits typed full-width, as some input methods do, lead to the code.
  await page.goto(url("/１００６/"));
  await page.waitForURL(url("/1006/"));
  await page.waitForFunction(() => document.title.startsWith("1006 Abnormal Closure"));
  // 4004 is defined by several services; each is listed and linked.
  await page.goto(url("/4004/"));
  await started();
  const main = await page.locator("main").innerText();
  for (const service of ["Discord Gateway", "Twitch EventSub", "Pusher Channels"]) assert.ok(main.includes(service), service);
  await page.click("a[href='/discord-gateway/4004/']");
  await page.waitForURL(url("/discord-gateway/4004/"));
  await page.waitForFunction(() => document.title.startsWith("4004 "));
  assert.ok((await page.locator("main").innerText()).includes("Discord Gateway"));
  // A number nobody defines says so, in Chinese too.
  await page.goto(url("/zh-hans/4321/"));
  await started();
  assert.match(await page.locator("main").innerText(), /4321 位于 4000–4999 范围内：私有使用。/);
  assert.match(await page.locator("main").innerText(), /在我们收录的服务中，没有哪个定义了 4321。/);
  // SockJS's 2010 sits in the protocol's range, and its page says who uses it.
  await page.goto(url("/2010/"));
  await started();
  assert.match(await page.locator("main").innerText(), /SockJS/);
  // The documents for numbers without a page are 404.html: Chromium reports those responses.
  assert.deepEqual(errors.filter((e) => !e.includes("status of 404")), []);
  await context.close();
});

test("services, their codes and ranges have pages in both languages", async () => {
  const { context, page, errors, started } = await open();
  await page.goto(url("/"));
  await started();
  await page.click("a[href='/graphql-ws/']");
  await page.waitForURL(url("/graphql-ws/"));
  await page.waitForFunction(() => document.title.startsWith("graphql-ws"));
  await page.click("a[href='/graphql-ws/4403/']");
  await page.waitForURL(url("/graphql-ws/4403/"));
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.includes("4403"));
  await page.click(".language-menu summary");
  await page.click('.language-list a[hreflang="zh-Hans"]');
  await page.waitForURL(url("/zh-hans/graphql-ws/4403/"));
  await page.waitForFunction(() => document.querySelector("main")?.innerText.includes("如何修复"));
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");

  await page.goto(url("/ranges/4000-4999/"));
  await started();
  const range = await page.locator("main").innerText();
  assert.match(range, /4000–4999\s+Private use/);
  assert.ok(range.includes("Discord Gateway"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("comparison facts mark what differs, and code pages list library names", async () => {
  const { context, page, errors } = await open();
  await page.goto(url("/compare/1006-vs-1008/"));
  const differing = await page.locator(".compare-column").first().locator(".fact-differs dt").allTextContents();
  assert.ok(differing.some((t) => t.startsWith("In a Close frame")), differing.join("|"));
  assert.ok(!differing.some((t) => t.startsWith("Browser close()")), "both throw in close()");
  await page.goto(url("/1008/"));
  const main = await page.locator("main").innerText();
  assert.ok(main.includes("websocket.ClosePolicyViolation"));
  assert.ok(main.includes("WebSocketCloseStatus.PolicyViolation"));
  await page.goto(url("/1006/"));
  assert.ok((await page.locator("main").innerText()).includes("websocket: close 1006 (abnormal closure): unexpected EOF"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("without JavaScript an unknown number still explains the ranges", async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  const response = await page.goto(url("/2500/"));
  assert.equal(response.status(), 404);
  const main = await page.locator("main").innerText();
  assert.match(main, /1000–2999\s+Reserved for the protocol/);
  assert.match(main, /4000–4999\s+Private use/);
  // It says nothing untrue about where the reader is.
  assert.match(main, /This address has no page of its own\. If it ends in a close code number/);
  assert.ok(!main.includes("404.html"));
  await context.close();
});

test("every page tells browsers and crawlers what it is", async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  await page.goto(url("/ja/1006/"));
  const head = (selector, attr = "content") => page.getAttribute(selector, attr);
  assert.match(await head("link[rel=canonical]", "href"), /\/1006\/$/);
  assert.equal(await head("meta[property='og:locale']"), "ja_JP");
  assert.match(await head("meta[property='og:image']"), /\/cards\/1006\.png$/);
  assert.equal(await head("meta[name='twitter:card']"), "summary_large_image");
  // The card and the OpenSearch description the head names are served.
  const card = await page.request.get(url("/cards/1006.png"));
  assert.equal(card.status(), 200);
  assert.deepEqual([...(await card.body()).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const opensearch = await page.request.get(url(await head("link[rel=search]", "href")));
  assert.match(await opensearch.text(), /\/ja\/search\/\?q=\{searchTerms\}/);
  // The search page answers the query an OpenSearch URL carries.
  await context.close();
  const live = await open();
  await live.page.goto(url("/ja/search/?q=1006"));
  await live.started();
  await live.page.waitForFunction(() => document.querySelector(".hit-list a[href='/ja/1006/']"));
  assert.deepEqual(live.errors, []);
  await live.context.close();
});

test("search: results as you type, Enter opens the first, in English and Chinese", async () => {
  const { context, page, errors, started } = await open();
  await page.goto(url("/1008/"));
  await started();
  // The index is not loaded with the page, only on first use.
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.waitForTimeout(300);
  const shard = /^\/search\/[0-9a-f]{8}\.txt$/;
  assert.ok(!requested.some((p) => shard.test(p)), "the index loaded before the box was used");

  await page.keyboard.press("/");
  await page.keyboard.type("read limit exceeded");
  const first = page.locator("#search-results [role=option]").first();
  await first.waitFor();
  assert.match(await first.innerText(), /1009\s+Message Too Big/);
  // The match is marked in the snippet.
  assert.ok((await first.locator("mark").allTextContents()).some((t) => /limit/i.test(t)));
  assert.ok(requested.some((p) => shard.test(p)));
  await page.keyboard.press("Enter");
  await page.waitForURL(url("/1009/"));
  await page.waitForFunction(() => document.title.startsWith("1009 Message Too Big"));

  // A library constant, then a comparison.
  await page.keyboard.press("/");
  await page.keyboard.type("StatusPolicyViolation");
  await page.locator("#search-results [role=option]").first().waitFor();
  assert.match(await page.locator("#search-results [role=option]").first().innerText(), /1008\s+Policy Violation/);
  await page.keyboard.press("Escape");
  await page.fill("#site-search", "");
  await page.keyboard.type("1008 vs 1014");
  await page.locator("#search-results [role=option]").first().waitFor();
  await page.keyboard.press("Enter");
  await page.waitForURL(url("/compare/1008-vs-1014/"));

  // Chinese, on a Chinese page; full-width digits as Chinese keyboards type them.
  await page.goto(url("/zh-hans/"));
  await started();
  await page.click("#site-search");
  await page.keyboard.type("１００６");
  await page.locator("#search-results [role=option]").first().waitFor();
  assert.match(await page.locator("#search-results [role=option]").first().innerText(), /1006/);
  await page.fill("#site-search", "");
  // An English word the Chinese pages do not use is asked in English, and
  // leads to the Chinese page, under its Chinese name.
  await page.keyboard.type("goodbye");
  const fallback = page.locator("#search-results [role=option]").first();
  await fallback.waitFor();
  assert.match(await fallback.locator("a").getAttribute("href"), /^\/zh-hans\//);
  assert.match(await fallback.innerText(), /[\u4e00-\u9fff]/);
  await page.fill("#site-search", "");
  await page.keyboard.type("异常关闭");
  const zh = page.locator("#search-results [role=option]").first();
  await zh.waitFor();
  assert.match(await zh.innerText(), /1006\s+异常关闭/);
  await page.keyboard.press("Enter");
  await page.waitForURL(url("/zh-hans/1006/"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("search: the query is in the URL, and the search page shows results", async () => {
  const { context, page, errors, started } = await open();
  await page.goto(url("/search/?q=" + encodeURIComponent("websocket: close 1006 (abnormal closure): unexpected EOF")));
  await started();
  await page.locator(".hit-list li").first().waitFor();
  assert.match(await page.locator(".hit-list li").first().innerText(), /1006\s+Abnormal Closure/);
  assert.equal(await page.inputValue("#search-page-input"), "websocket: close 1006 (abnormal closure): unexpected EOF");

  await page.goto(url("/zh-hans/search/?q=" + encodeURIComponent("1008和1014的区别")));
  await started();
  await page.locator(".hit-list li").first().waitFor();
  assert.match(await page.locator(".hit-list li").first().innerText(), /1008/);
  await page.click(".hit-list li a");
  await page.waitForURL(url("/zh-hans/compare/1008-vs-1014/"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("symptoms and guides: from the header, by search, and without JavaScript", async () => {
  const { context, page, errors, started } = await open();
  await page.goto(url("/1006/"));
  await started();
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
  // The header leads to the list of symptoms; each symptom is one click away.
  await page.click(".site-nav a[href='/symptoms/']");
  await page.waitForURL(url("/symptoms/"));
  await page.locator(".entry-list li").first().waitFor();
  assert.ok((await page.locator(".entry-list li").count()) >= 12);
  await page.click(".entry-list a[href='/symptoms/closes-after-60-seconds/']");
  await page.waitForURL(url("/symptoms/closes-after-60-seconds/"));
  await page.waitForFunction(() => document.querySelector(".kicker")?.innerText === "Symptom");
  const main = await page.locator("main").innerText();
  for (const heading of ["Codes involved", "What you see", "Causes", "How to confirm", "How to fix"]) {
    assert.ok(main.includes(heading), heading);
  }
  await page.click(".symptom-codes a[href='/1006/']");
  await page.waitForURL(url("/1006/"));
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "the page was reloaded");

  // Plain descriptions find the symptom; a reason token finds its code.
  for (const [query, href] of [
    ["closes after 60 seconds", "/symptoms/closes-after-60-seconds/"],
    ["disconnects every minute", "/symptoms/closes-after-60-seconds/"],
    ["NET-0001", "/1011/"],
  ]) {
    await page.fill("#site-search", "");
    await page.click("#site-search");
    await page.keyboard.type(query);
    const first = page.locator("#search-results [role=option] a").first();
    await first.waitFor();
    await page.waitForFunction(
      ([q, h]) => document.querySelector("#site-search").value === q &&
        document.querySelector("#search-results [role=option] a")?.getAttribute("href") === h,
      [query, href],
    ).catch(async () => assert.fail(`${query}: first result is ${await first.getAttribute("href")}`));
  }
  await page.goto(url("/zh-hans/"));
  await started();
  await page.click("#site-search");
  await page.keyboard.type("60秒后断开");
  const zh = page.locator("#search-results [role=option] a").first();
  await zh.waitFor();
  assert.equal(await zh.getAttribute("href"), "/zh-hans/symptoms/closes-after-60-seconds/");
  await page.keyboard.press("Enter");
  await page.waitForURL(url("/zh-hans/symptoms/closes-after-60-seconds/"));
  // The Chinese page, under its Chinese headings.
  await page.waitForFunction(() => document.querySelector("main")?.innerText.includes("如何确认"));
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  assert.deepEqual(errors, []);
  await context.close();

  // Without script: a Chinese guide, and a code page's quote of the RFC.
  const plain = await open({ javaScriptEnabled: false });
  await plain.page.goto(url("/zh-hans/guides/reconnecting/"));
  assert.ok((await plain.page.locator(".guide-body h2").count()) >= 3);
  assert.match(await text(plain.page, "h1"), /[\u4e00-\u9fff]/);
  await plain.page.goto(url("/zh-hans/1008/"));
  const quote = plain.page.locator(".spec-quote blockquote");
  assert.equal(await quote.getAttribute("lang"), "en");
  assert.match(await quote.innerText(), /1008 indicates that an endpoint is terminating the connection/);
  assert.match(await text(plain.page, ".quote-translation"), /1008/);
  assert.equal(
    await plain.page.locator(".spec-quote figcaption a").getAttribute("href"),
    "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1",
  );
  await plain.context.close();
});

test("the header's links fit a 360 px phone in every script", async () => {
  const { context, page } = await open({ viewport: { width: 360, height: 740 } });
  for (const path of ["/", "/zh-hans/", "/de/", "/ar/", "/th/symptoms/"]) {
    await page.goto(url(path));
    for (const link of await page.locator(".site-nav a").all()) {
      const box = await link.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${path}: ${JSON.stringify(box)}`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 360, `${path} is ${overflow} px wide`);
  }
  await context.close();
});
