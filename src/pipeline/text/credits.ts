/**
 * The news agency an article credits for itself, read in one place. The readings differ on purpose:
 * - stage 03 runs before mentions exist, so it takes any run of letters where a credit stands in the
 *   body's first line (`datelineCredit`) or as the whole last line (`closingCredit`), and asks the
 *   agency table whether it knows the name;
 * - stage 06 has the outlet mentions, wherever they stand, and asks only whether what follows one
 *   closes a credit (`closesCredit`), which also takes a colon ("(Bernama):");
 * - stage 08 reads the outlet a staff byline or a sign-off names (`staffBylineCredit`, `signOffCredit`), for the country it writes from;
 * - dateline patterns take a one-word credit after the day (`AGENCY_AFTER_DAY`) before their own close.
 */

/** The dash that closes a dateline's credit: "(TAP) -", ", EFE --", "(QNA) —". */
export const CREDIT_DASH = '[-—–]';
/** The agency's name after a dateline's day, set off by a comma rather than brackets: "Riyadh, May 4, 2025, SPA -- ". */
export const AGENCY_AFTER_DAY = String.raw`,\s*\p{Lu}[\p{L}.&]{1,15}\s*`;

const CREDIT_NAME = String.raw`[\p{L} .]{2,40}`;
/** An agency credited in a dateline, in brackets or after a comma before the dash: "TUNIS (TAP) -", "Quito, June 3, EFE --". */
const DATELINE_CREDIT = new RegExp(String.raw`^[^\n]{0,60}?(?:\((${CREDIT_NAME})\)|,\s*(${CREDIT_NAME}?))\s*${CREDIT_DASH}`, 'u');
/** A last line that is only an agency's credit: "(TAP)", "— TAP". */
const CLOSING_CREDIT = new RegExp(String.raw`^\s*(?:[(\[]\s*(${CREDIT_NAME}?)\s*[)\]]|${CREDIT_DASH}\s*(${CREDIT_NAME}?))\s*\.?\s*$`, 'u');
/** What closes a dateline's agency after its name: "(QNA) -", ", SPA --", "(Bernama):", and the Spanish house style's "(IP).-". */
const CREDIT_CLOSE = new RegExp(String.raw`^\)?\.?\s*(?:${CREDIT_DASH}|:)`, 'u');

/** The agency a body's first line credits ("TUNIS (TAP) - ..." → "TAP"), or undefined. */
export function datelineCredit(line: string): string | undefined {
  const credit = line.match(DATELINE_CREDIT);
  return credit?.[1] ?? credit?.[2];
}

/** The agency an article's last line credits when that line is only the credit ("(TAP)" → "TAP"), or undefined. */
export function closingCredit(line: string): string | undefined {
  const credit = line.match(CLOSING_CREDIT);
  return credit?.[1] ?? credit?.[2];
}

/** Whether the text right after an agency's name closes a dateline's credit: ") -", " --", "):". */
export function closesCredit(after: string): boolean {
  return CREDIT_CLOSE.test(after);
}

/** A byline that credits the outlet's own staff, alone on a line: "By Monitor Reporter", "By Nation Correspondent". */
const STAFF_BYLINE = new RegExp(String.raw`^By\s+(${CREDIT_NAME}?)\s+(?:Staff\s+)?(?:Reporter|Correspondent|Writer)\s*$`, 'mu');
/** A sign-off naming the paper that printed the article: "Published in The Express Tribune, May 3rd, 2026." */
const SIGN_OFF = new RegExp(String.raw`^Published in (?:the\s+)?(${CREDIT_NAME}?),`, 'imu');

/** The outlet a staff byline among the article's first lines names ("By Monitor Reporter" → "Monitor"), or undefined. */
export function staffBylineCredit(opening: string): string | undefined {
  return opening.match(STAFF_BYLINE)?.[1];
}

/** The outlet a "Published in X," sign-off names ("Published in The Express Tribune, …" → "Express Tribune"), or undefined. */
export function signOffCredit(text: string): string | undefined {
  return text.match(SIGN_OFF)?.[1];
}
