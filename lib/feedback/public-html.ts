// The plain HTML shell of the public feedback pages. They are sent as finished HTML with no
// JavaScript at all and one small inline stylesheet, so they load fast on old phones and poor
// connections (issue 7). Pure: builds strings and Responses.

/** HTML that is already safe to send; everything else put in `html` is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type HtmlValue = string | number | SafeHtml | readonly SafeHtml[] | false | null | undefined;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A template tag that escapes every value unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

function render(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((v: SafeHtml) => v.value).join("");
  return escapeHtml(String(value));
}

// GOV.UK colours and focus style, as in app/globals.css; large text, one column.
const STYLES = `*,*::before,*::after{box-sizing:border-box}
html{font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;color:#0b0c0c;background:#fff;-webkit-text-size-adjust:100%}
body{margin:0;font-size:1.1875rem;line-height:1.5;overflow-wrap:break-word}
a{color:#1d4f91;text-decoration:underline;text-underline-offset:2px}
a:focus{outline:3px solid transparent;background:#ffdd00;color:#0b0c0c;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
.skip{position:absolute;left:-9999px;top:0}.skip:focus{position:static;display:inline-block;padding:.5rem;margin:.5rem}
header{background:#123463;color:#fff;padding:.75rem 1rem;font-weight:bold;font-size:1.25rem}
main{display:block;max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}
main:focus{outline:none}
h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}
h2{font-size:1.5rem;line-height:1.25;margin:2rem 0 1rem}
p{margin:0 0 1rem}
.lead{font-size:1.375rem}
.hint{color:#484949;margin:0 0 .5rem}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{display:block;max-width:100%;white-space:normal;padding:0;margin:0 0 .75rem;font-size:1.5rem;font-weight:bold;line-height:1.3}
.number{display:block;font-size:1.1875rem;font-weight:normal;color:#484949}
.question{margin:0 0 2.5rem}
.question-error{border-left:5px solid #c2260c;padding-left:.75rem}
.error-message{display:block;color:#c2260c;font-weight:bold;margin:0 0 .75rem}
.option{position:relative;margin:0 0 .5rem}
.option input{position:absolute;left:.75rem;top:50%;width:1.75rem;height:1.75rem;margin:-.875rem 0 0;accent-color:#1d4f91;cursor:pointer}
.option label{display:flex;align-items:center;gap:.75rem;min-height:3.5rem;padding:.5rem .75rem .5rem 3.25rem;border:2px solid #b1b4b6;border-radius:4px;cursor:pointer}
.option svg{flex:none;width:2.5rem;height:2.5rem}
.option input:checked+label{border-color:#1d4f91;box-shadow:inset 0 0 0 2px #1d4f91;font-weight:bold}
.option input:focus+label{outline:4px solid #0b0c0c;outline-offset:0;background:#ffdd00}
.comment{margin-top:1rem}
.comment label{display:block;font-weight:bold;margin:0 0 .25rem}
textarea{display:block;width:100%;min-height:6rem;font:inherit;padding:.5rem;border:2px solid #0b0c0c;border-radius:0;resize:vertical}
textarea:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
.textarea-error{border-color:#c2260c}
button{font:inherit;font-weight:bold;font-size:1.25rem;line-height:1.2;color:#fff;background:#00703c;border:2px solid transparent;border-radius:0;box-shadow:0 2px 0 #002d18;padding:.75rem 1.25rem;min-height:3rem;cursor:pointer;max-width:100%}
button:focus{outline:3px solid transparent;background:#ffdd00;color:#0b0c0c;box-shadow:0 2px 0 #0b0c0c;border-color:#ffdd00}
.error-summary{border:5px solid #c2260c;padding:1rem;margin:0 0 2rem}
.error-summary h2{margin-top:0}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:#c2260c;font-weight:bold}
.panel{background:#00703c;color:#fff;padding:1.5rem;margin:0 0 2rem;text-align:center}
.panel h1{margin:0}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.visually-hidden{position:absolute;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);border:0;white-space:nowrap}`;

/** A whole page: the skip link, the name of the service, and the page's own content in <main>. */
export function htmlPage(title: string, content: SafeHtml): string {
  return `<!DOCTYPE html>${html`<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – Coproduction Quality Mark</title>
<style>${new SafeHtml(STYLES)}</style>
</head>
<body>
<a class="skip" href="#main-content">Skip to main content</a>
<header><span>Coproduction Quality Mark</span></header>
<main id="main-content" tabindex="-1">
${content}
</main>
</body>
</html>
`.value}`;
}

// No script may run: the pages need none, and default-src 'none' makes sure of it.
const SECURITY_HEADERS: Record<string, string> = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  // Same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on the form's own
  // POST, and the cross-site check would refuse it.
  "Referrer-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
};

export function htmlResponse(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, ...headers } });
}

/** A See Other redirect to a path on this site, with optional cookies. */
export function redirectResponse(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store", ...headers } });
}
