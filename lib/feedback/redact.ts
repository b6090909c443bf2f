/**
 * Takes names and contact details out of what people write on the public feedback form, before
 * the organisation sees it. Pure.
 *
 * The rules, in order (each works on what the earlier ones left):
 * 1. Email addresses, including "name (at) host dot com" spellings → "[email]".
 * 2. Web addresses (http…, www…, bare domains such as example.co.uk) and @handles → "[link]".
 * 3. UK postcodes, "<number> <words> Street/Road/Lane/…" and "<Capitalised words> Road/Lane/…"
 *    → "[address]".
 * 4. Any run of six or more digits, allowing spaces, dots, dashes, brackets and a leading "+"
 *    (phone numbers, NHS numbers) → "[phone number]".
 * 5. Names: the word (and surname) after "my name is", "name's", "I'm called", "known as"; the
 *    word after a title (Mr, Mrs, Ms, Dr, Nurse…, the title stays); every capitalised word in the
 *    middle of a sentence that is not on an allowlist (I, days, months, NHS, Leeds, a few services,
 *    faiths and languages, words of the form, and the organisation's own name); and, anywhere,
 *    a common UK first name; and a sentence that opens with two such capitalised words ("Dawn
 *    Smith was…"). Neighbouring "[name]"s merge into one.
 *
 * Over-redacting is the safe side and it happens: street-like phrases ("2 hours on the road"),
 * dates written with dots or spaces, and capitalised places or brands in mid-sentence all go.
 * What this cannot catch: an uncommon first name alone at the start of a sentence, a name
 * written in lower case ("ask sam"), or a description that identifies someone without naming
 * them ("the tall manager on nights"). Numbers of fewer than six digits are kept. So the
 * original comment is never shown; the organisation sees only this version. See
 * docs/decisions/013-feedback-form-without-javascript.md.
 */
import { CAPITALISED_NOT_NAMES, COMMON_FIRST_NAMES, NAME_TITLES, STREET_WORDS } from "./redact-words";

export type RedactOptions = {
  /** The organisation's own name: not a person, so it is kept. */
  organisationName?: string;
  /** Other words to keep even when capitalised. */
  allow?: readonly string[];
};

const WORD = String.raw`[\p{L}\p{N}'’-]+`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*`;

const EMAIL = /[\p{L}\p{N}._%+-]+\s?@\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const SPELLED_EMAIL = /[\p{L}\p{N}._%+-]+\s*(?:\(at\)|\[at\]|\{at\}|\sat\s)\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*[\p{L}]{2,})+/giu;
const URL = /(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)'’]/giu;
const DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|uk|io|info|biz|me|co|gov|nhs|ly)\b(?:\/[^\s<>"]*[^\s<>".,;:!?)'’])?/giu;
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]{2,}/gu;

const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
// Street words that are rarely anything else may follow lower-case words; the rest need capitals.
const STRONG_STREETS = ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive", "Crescent", "Terrace", "Gardens", "Grove", "Mews"];
const NUMBERED_STRONG_STREET = new RegExp(String.raw`\b\d{1,4}[a-z]?,?\s+(?:${WORD}\s+){1,3}(?:${STRONG_STREETS.join("|")})\b`, "giu");
const NUMBERED_STREET = new RegExp(String.raw`\b\d{1,4}[a-z]?,?\s+(?:${CAPITALISED}\s+){1,3}(?:${STREET_WORDS.join("|")})\b`, "gu");
const NAMED_STREET = new RegExp(String.raw`(?:${CAPITALISED}\s+){1,3}(?:${[...STRONG_STREETS.filter((w) => w.length > 3), "Close", "Court"].join("|")})\b`, "gu");
const PHONE = /\+?\(?\d(?:[\s().-]{0,3}\d){5,}/g;

// Without the "i" flag: with it, \p{Lu} would match lower-case letters too.
const INTRODUCED = new RegExp(String.raw`\b((?:[Nn]ame(?:'s|’s| is|s is))|(?:I'm|I’m|I am|Im|i'm|i’m|i am|im) called|[Kk]nown as)(\s+)${WORD}(?:\s+${CAPITALISED})?`, "gu");
const ABBREVIATED_TITLES = ["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof"];
// "Dr smith" is still a name; "Nurse was kind" is not, so spelled-out titles need a capital.
const TITLED_ANY = new RegExp(String.raw`\b(${ABBREVIATED_TITLES.join("|")}|mr|mrs|dr)(\.?\s+)${WORD}`, "gu");
const TITLED_CAPITALISED = new RegExp(String.raw`\b(${NAME_TITLES.join("|")})(\.?\s+)${CAPITALISED}`, "gu");

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SUFFIX = /['’](?:s|m|ve|d|ll|re)$/iu;
const OPENERS = new Set([" ", "\t", '"', "'", "“", "‘", "(", "[", "-", "*", "•"]);
const SENTENCE_ENDS = new Set([".", "!", "?", "…", ":", "\n", "\r"]);
const MARK = "\uE000";

const FIRST_NAMES = new Set(COMMON_FIRST_NAMES.map((n) => n.toLowerCase()));
const ALWAYS_ALLOWED = [...CAPITALISED_NOT_NAMES, ...NAME_TITLES, "Im", "Ive", "OK", "Ok"];

/** The text with contact details and likely names replaced by "[email]", "[phone number]", "[address]", "[link]" and "[name]". */
export function redact(text: string, options: RedactOptions = {}): string {
  const { masked, restore } = maskOrganisationName(text.replaceAll(MARK, ""), options.organisationName);
  const allowed = new Set([...ALWAYS_ALLOWED, ...(options.allow ?? []), ...wordsOf(options.organisationName ?? "")].map((w) => w.toLowerCase()));
  let out = masked
    .replace(EMAIL, "[email]")
    .replace(SPELLED_EMAIL, "[email]")
    .replace(URL, "[link]")
    .replace(DOMAIN, "[link]")
    .replace(HANDLE, "[link]")
    .replace(POSTCODE, "[address]")
    .replace(NUMBERED_STRONG_STREET, "[address]")
    .replace(NUMBERED_STREET, "[address]")
    .replace(NAMED_STREET, "[address]")
    .replace(PHONE, "[phone number]")
    .replace(INTRODUCED, "$1$2[name]")
    .replace(TITLED_ANY, "$1$2[name]")
    .replace(TITLED_CAPITALISED, "$1$2[name]");
  out = redactCapitalisedWords(out, allowed);
  out = out.replace(/\[name\](?:[\s-]+\[name\])+/g, "[name]");
  return restore(out);
}

const NEXT_WORD = new RegExp(String.raw`^[ \t]+(${CAPITALISED})`, "u");

function redactCapitalisedWords(text: string, allowed: ReadonlySet<string>): string {
  // A capitalised word that is not at a sentence's start, not allowed and not an acronym.
  const looksLikeName = (base: string) => !allowed.has(base.toLowerCase()) && base.length >= 2 && base !== base.toUpperCase();
  return text.replace(TOKEN, (token, offset: number) => {
    if (!/^\p{Lu}/u.test(token) || /\p{N}/u.test(token) || token.length < 2) return token;
    const base = token.replace(SUFFIX, "");
    const suffix = token.slice(base.length);
    if (FIRST_NAMES.has(base.toLowerCase())) return `[name]${suffix}`;
    if (!looksLikeName(base)) return token;
    if (!startsSentence(text, offset)) return `[name]${suffix}`;
    // "Dawn Smith was…": a sentence that opens with two name-like words opens with a full name.
    const next = NEXT_WORD.exec(text.slice(offset + token.length))?.[1]?.replace(SUFFIX, "");
    return next && base === token && looksLikeName(next) ? "[name]" : token;
  });
}

function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && OPENERS.has(text[i] ?? "")) i--;
  return i < 0 || SENTENCE_ENDS.has(text[i] ?? "");
}

// The organisation's name may itself look like a name or a street ("Elm House", "Harbour Road
// Centre"); it is set aside while the rules run and put back after.
function maskOrganisationName(text: string, name: string | undefined): { masked: string; restore: (s: string) => string } {
  const trimmed = name?.trim();
  if (!trimmed) return { masked: text, restore: (s) => s };
  const found: string[] = [];
  const pattern = new RegExp(trimmed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"), "giu");
  const masked = text.replace(pattern, (match) => {
    found.push(match);
    return MARK;
  });
  let next = 0;
  return { masked, restore: (s) => s.replace(new RegExp(MARK, "g"), () => found[next++] ?? "") };
}

function wordsOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
