// Calendar arithmetic for the date picker, on day numbers: days since 1970-01-01 in the proleptic
// Gregorian calendar, as java.time counts them. Whole days in UTC, so no time zone or daylight
// saving change can shift a date; names come from Intl.DateTimeFormat in the browser's locale,
// formatted in UTC for the same reason.

const DAY_MS = 86_400_000;

/** The day number of year-month-day (month 1 to 12); day 0 or 32 roll over as Date does. */
export function dayOf(year, month, day) {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, years 0 to 99 stay themselves
  return Math.round(t.getTime() / DAY_MS);
}

/** {year, month (1-12), day, weekday (ISO: 1 = Monday … 7 = Sunday)} of a day number. */
export function partsOf(n) {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), weekday: t.getUTCDay() || 7 };
}

/** The day number of an ISO yyyy-MM-dd string, or null when it is not one. */
export function parseIso(text) {
  const m = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!m) return null;
  const n = dayOf(+m[1], +m[2], +m[3]);
  const p = partsOf(n);
  return p.year === +m[1] && p.month === +m[2] && p.day === +m[3] ? n : null;
}

/** yyyy-MM-dd of a day number. */
export function toIso(n) {
  const p = partsOf(n);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export const daysInMonth = (year, month) => partsOf(dayOf(year, month + 1, 0)).day;

/** The same day `months` months later (or earlier), on the month's last day when it is shorter. */
export function addMonths(n, months) {
  const p = partsOf(n);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayOf(year, month, Math.min(p.day, daysInMonth(year, month)));
}

export const clamp = (n, min, max) => Math.min(Math.max(n, min), max);

/** Today in the browser's time zone. */
export function today() {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const formats = new Map();

/** Formats a day number with Intl options in the browser's locale (one formatter per options). */
export function format(n, options) {
  const key = JSON.stringify(options);
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    formats.set(key, formatter);
  }
  return formatter.format(new Date(n * DAY_MS));
}
