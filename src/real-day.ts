// Month and day as every year has them: 1–31 in the long months, 1–30 in the short ones, 1–28 in February.
const monthDay = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))'
// Leap years, which add 29 February: divisible by 4 but not by 100 (…04, …08, …96), or by 400 (0000, 0400, …, 2000).
const leapYear = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)'

/**
 * A real day of the (proleptic Gregorian) ISO calendar written `YYYY-MM-DD`, from 0000-01-01 to
 * 9999-12-31: the one definition of "a real day". The schemas check days with it (and the JSON
 * Schema carries it as the `pattern` of every `format: "date"` field); the accessors check every
 * day they are given with {@link isRealDay}, which tests it.
 */
export const realDayPattern: RegExp = new RegExp(`^(?:\\d{4}-${monthDay}|${leapYear}-02-29)$`)

/** Whether `text` is a real day written `YYYY-MM-DD` (see {@link realDayPattern}): `2024-02-29` is, `2023-02-29` and `2024-7-4` are not. */
export const isRealDay = (text: string): boolean => realDayPattern.test(text)
