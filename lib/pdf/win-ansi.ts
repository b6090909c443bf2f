// The PDF standard fonts (Helvetica) can only show WinAnsi characters: Latin-1 plus a few
// typographic ones. Anything else would make pdf-lib throw, so text is made safe first. Pure.

const CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.includes(char);
}

/**
 * Text the standard fonts can draw: whitespace becomes a plain space, accented letters outside
 * Latin-1 lose their accent (ł is kept as l via its base letter where Unicode gives one), and
 * anything else becomes "?" so a reader can see something was there.
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.replace(/[\t\r\n\u00a0\u2000-\u200a\u2028\u2029]/g, " ").replace(/[\u200b-\u200d\ufeff]/g, "")) {
    if (encodable(char)) {
      out += char;
      continue;
    }
    const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += base.length > 0 && [...base].every(encodable) ? base : "?";
  }
  return out;
}
