// The branch works in Beijing time (Asia/Shanghai, no daylight saving) whatever the phone's own
// zone: the workers count days and months in it and refuse those still to come, so the desk's
// "today" is the API's today wherever the phone's clock is set. The desk's one source for it.

const BEIJING_OFFSET_MS = 8 * 3600 * 1000

/** Beijing wall-clock date and time as an instant with its offset. */
export const beijing = (date: string, time: string) => `${date}T${time}:00+08:00`

/** Today in Beijing (YYYY-MM-DD). */
export const beijingToday = (now = Date.now()) => new Date(now + BEIJING_OFFSET_MS).toISOString().slice(0, 10)

/** This month in Beijing (YYYY-MM). */
export const beijingMonth = (now = Date.now()) => beijingToday(now).slice(0, 7)

/** "HH:MM" of an instant in Beijing. */
export const beijingTime = (instant: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  )

/** The day (YYYY-MM-DD) of an instant in Beijing. */
export const beijingDate = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant))
