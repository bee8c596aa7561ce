// Cloudflare Pages, "advanced mode": copy this file into dist/ (with
// _headers and _routes.json; NOT _redirects) before uploading. Pages then
// runs it for every request that _routes.json does not exclude, and serves
// the files through env.ASSETS, which applies _headers.
//
// Why code and not _redirects: Pages applies a _redirects rule even where a
// file exists ("Redirects are always followed, regardless of whether or not
// an asset matches the incoming request",
// https://developers.cloudflare.com/pages/configuration/redirects/), and
// its patterns cannot say "digits only", so `/:n/ /number.html 200` would
// replace /1006/, /ja/ and /search/ too. Here a number is served from its
// own page when one exists, else from the locale's number.html, with 200;
// anything else keeps Pages' own answer (the nearest 404.html, 404).
//
// Locales are recognised by shape (/xx/, /xx-yyyy/) and by having a
// number.html; the list of locales stays in src/locale.rs.

const PREFIX = "(/[a-z]{2}(?:-[a-z]+)?)?";
const NUMBER_PATH = new RegExp(`^${PREFIX}/([0-9\\uFF10-\\uFF19]+)(/?)$`);
const COMPARE_PATH = new RegExp(`^${PREFIX}/compare/(0|[1-9][0-9]*)-vs-(0|[1-9][0-9]*)/$`);
const LARGEST_CODE = 65535n;

/** Full-width digits (U+FF10..U+FF19, as CJK keyboards type them) as ASCII. */
const ascii = (digits) => digits.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10));

const redirect = (location) => new Response(null, { status: 301, headers: { Location: location } });

function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The canonical address of a non-canonical number or comparison, or null. */
export function canonical(pathname) {
  const path = decodePath(pathname);
  const number = NUMBER_PATH.exec(path);
  if (number) {
    const [, prefix = "", digits, slash] = number;
    const n = BigInt(ascii(digits)).toString();
    if (n !== digits || slash !== "/") return `${prefix}/${n}/`;
  }
  const compare = COMPARE_PATH.exec(path);
  if (compare) {
    const [, prefix = "", a, b] = compare;
    if (BigInt(a) > BigInt(b)) return `${prefix}/compare/${b}-vs-${a}/`;
  }
  return null;
}

/** For /{n}/ and /{locale}/{n}/ with n in 0..65535: the locale's number page, extensionless. */
export function numberShell(pathname) {
  const match = NUMBER_PATH.exec(pathname);
  if (!match || match[3] !== "/" || !/^(0|[1-9][0-9]*)$/.test(match[2])) return null;
  // Pages answers /number.html with a 308 to /number, and /number with the file.
  return BigInt(match[2]) <= LARGEST_CODE ? `${match[1] ?? ""}/number` : null;
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const target = canonical(url.pathname);
    if (target) return redirect(target + url.search);

    const response = await env.ASSETS.fetch(request);
    const shell = response.status === 404 ? numberShell(url.pathname) : null;
    if (!shell) return response;

    const page = await env.ASSETS.fetch(
      new Request(new URL(shell, url), { method: request.method, headers: request.headers }),
    );
    // No number.html there: the prefix is no locale (/discord-gateway/9999/).
    if (page.status !== 200 && page.status !== 304) return response;
    await response.body?.cancel();
    const headers = new Headers(page.headers);
    // One shell at 65,536 addresses per locale is not a page to index.
    headers.set("X-Robots-Tag", "noindex");
    return new Response(page.body, { status: page.status, headers });
  },
};
