// The branch works in Beijing time whatever the phone's own zone: forms and lists use it.

/** Beijing wall-clock date and time as an instant with its offset. */
export const beijing = (date: string, time: string) => `${date}T${time}:00+08:00`

/** Today in Beijing (YYYY-MM-DD). */
export const beijingToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())

/** "HH:MM" of an instant in Beijing. */
export const beijingTime = (instant: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  )
export const beijingDate = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant))
