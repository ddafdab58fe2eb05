// Calendar dates as the data files write them: `yyyy-mm-dd`, `yyyy-mm` or `yyyy` (ISO 8601, reduced precision).
// Checks the calendar (months, days, leap years); no times, no time zones.

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Whether `text` is a real date in one of the three ISO forms.
 *
 * @example
 * isIsoDate('2025-10-16'); // true
 * isIsoDate('2025-08');    // true
 * isIsoDate('2025-02-29'); // false (2025 is not a leap year)
 * isIsoDate('16/10/2025'); // false
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}
