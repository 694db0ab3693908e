/** Today and this month in Beijing time: the API refuses days and months still to come. */
export const beijingDay = (now = Date.now()) => new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10)
export const beijingMonth = (now = Date.now()) => beijingDay(now).slice(0, 7)
