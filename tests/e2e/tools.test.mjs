// End-to-end tests of the tools, in headless Chromium against dist/ on a
// plain static server: decodes driven by the URL, the encoder's round trip,
// the reason checker, the log reader, "which code should I send?" without
// JavaScript, copy buttons, and no console errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { launchChromium, openPage } from "./browser.mjs";
import { serve } from "./static-server.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(dist, "tools_worker_start.js")), "dist/ has no tools worker: run `trunk build --release`");
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
/** The text of a tool's answer once the worker has given it. */
async function answer(page, form) {
  const output = page.locator(`#tool-output-${form}`);
  await output.locator("*").first().waitFor();
  return output.innerText();
}

test("a frame in the URL is decoded field by field", async () => {
  const { context, page, errors } = await open();
  await page.goto(url("/tools/close-frame/?frame=880203e8"));
  const text = await answer(page, "decode");
  assert.match(text, /1: the last fragment of its message/);
  assert.match(text, /0x8\s+Close/);
  assert.match(text, /not masked, so a server sent it/);
  assert.match(text, /It breaks no rule of RFC 6455/);
  assert.equal(await page.locator("#tool-decode-frame").inputValue(), "880203e8");
  await page.locator("#tool-output-decode a[href='/1000/']").click();
  await page.waitForURL(url("/1000/"));

  // Every violation the issue names, each with its section and the peer's answer.
  const cases = [
    ["8801%2003", [/The payload is 1 byte/, /5\.5\.1/, /1002/]],
    ["08%2002%2003%20e8", [/must not be fragmented/]],
    ["88%2002%2003%20ee", [/Code 1006 must never be sent/, /7\.4\.1/]],
    ["88%2002%2009%20c4", [/Code 2500 is in 1016–2999/]],
    ["88%2004%2003%20e8%20ff%20fe", [/not valid UTF-8/, /1007/]],
    [`88%207e%2000%207e%2003%20e8${"%2061".repeat(124)}`, [/16-bit extended field/, /at most 125/]],
    ["iAID6A%3D%3D", [/It breaks no rule/]],
    ["0000%20%20%2088%2002%2003%20e8%20%20%20%20....", [/It breaks no rule/]],
  ];
  for (const [frame, expected] of cases) {
    await page.goto(url(`/tools/close-frame/?frame=${frame}`));
    const text = await answer(page, "decode");
    for (const e of expected) assert.match(text, e, frame);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a frame built by the encoder decodes back to its code and reason", async () => {
  const { context, page, errors } = await open();
  await page.goto(url("/tools/close-frame/"));
  await page.fill("#tool-encode-code", "1001");
  await page.fill("#tool-encode-reason", "leaving");
  await page.fill("#tool-encode-key", "37fa213d");
  await page.click("form[data-tool-form=encode] button[type=submit]");
  const text = await answer(page, "encode");
  assert.match(text, /A browser script may close with 1001|throws an InvalidAccessError/);
  // The URL now shares the build.
  assert.match(page.url(), /code=1001&reason=leaving&key=37fa213d/);
  const client = await page.locator("#tool-output-encode .tool-bytes").nth(1).locator("code").innerText();
  assert.match(client, /^88 89 37 fa 21 3d/);
  await page.goto(url(`/tools/close-frame/?frame=${encodeURIComponent(client)}`));
  const decoded = await answer(page, "decode");
  assert.match(decoded, /1001/);
  assert.match(decoded, /leaving/);
  assert.match(decoded, /masked, so a client sent it/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 42-character Chinese reason is reported over the limit", async () => {
  const { context, page, errors } = await open();
  const reason = "服务器正在维护中请稍后再试".repeat(4).slice(0, 42);
  await page.goto(url(`/tools/close-reason/?text=${encodeURIComponent(reason)}`));
  const text = await answer(page, "reason");
  assert.match(text, /126 of 123 bytes/);
  assert.match(text, /It is 3 bytes too long/);
  assert.match(text, /throws a SyntaxError/);
  // Typing updates the answer as you go.
  await page.fill("#tool-reason-text", "bye");
  await page.waitForFunction(() => document.querySelector("#tool-output-reason")?.innerText.includes("3 of 123 bytes"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("each log line leads to the right code", async () => {
  const { context, page, errors } = await open();
  const lines = [
    ["websocket: close 1006 (abnormal closure): unexpected EOF", "/1006/"],
    ["CloseEvent {isTrusted: true, wasClean: false, code: 1006, reason: ''}", "/1006/"],
    ["ConnectionClosedError: received 4000 (private use) bye; then sent 4000 (private use) bye", "/4000/"],
    ["WebSocket connection to 'wss://example.com/socket' failed: Connection closed before receiving a handshake response", "/1006/"],
    ["discord.errors.ConnectionClosed: Shard ID None WebSocket closed with 4004", "/discord-gateway/4004/"],
  ];
  for (const [line, href] of lines) {
    await page.goto(url(`/tools/log/?log=${encodeURIComponent(line)}`));
    await answer(page, "log");
    assert.ok(await page.locator(`#tool-output-log a[href='${href}']`).count(), `${line} → ${href}`);
  }
  // In Korean, the links stay in Korean.
  await page.goto(url(`/ko/tools/log/?log=${encodeURIComponent("code: 1008")}`));
  await answer(page, "log");
  assert.ok(await page.locator("#tool-output-log a[href='/ko/1008/']").count());
  assert.deepEqual(errors, []);
  await context.close();
});

test("which code to send works without JavaScript", async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  await page.goto(url("/tools/"));
  await page.click("a[href='/tools/which-code/']");
  await page.waitForURL(url("/tools/which-code/"));
  await page.click("text=A message is too big to handle");
  await page.waitForURL(url("/tools/which-code/too-big/"));
  const main = await page.locator("main").innerText();
  assert.match(main, /1009\s+Message Too Big/);
  assert.match(main, /When it fits/);
  await page.click("text=Another situation");
  await page.click("text=Something only your application knows about");
  assert.ok(await page.locator("a[href='/guides/designing-close-codes/']").count());
  // The tools say they need JavaScript, rather than doing nothing.
  await page.goto(url("/tools/close-frame/"));
  assert.match(await page.locator("main").innerText(), /turn on JavaScript/);
  await context.close();
});

test("pages that are no tools never load the tools' code; copy buttons work", async () => {
  const { context, page, errors, requested } = await open();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(url("/1006/"));
  const copy = page.locator(".short-url button.copy");
  await copy.waitFor();
  assert.equal(await page.locator(".short-url code").innerText(), `${new URL(server.url).host}/1006/`);
  await copy.click();
  await page.waitForFunction(() => document.querySelector(".short-url button.copy")?.innerText === "Copied");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}/1006/`);
  assert.ok(!requested.some((p) => p.startsWith("/tools_worker")), requested.join(" "));
  // Client-side navigation to a tool page starts the worker there.
  await page.click("header a[href='/tools/']");
  await page.waitForURL(url("/tools/"));
  await page.click("a[href='/tools/close-reason/']");
  await page.fill("#tool-reason-text", "going away");
  await page.waitForFunction(() => document.querySelector("#tool-output-reason")?.innerText.includes("10 of 123 bytes"));
  assert.ok(requested.some((p) => p === "/tools_worker_start.js"));
  assert.deepEqual(errors, []);
  await context.close();
});
