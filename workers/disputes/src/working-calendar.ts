/**
 * The official working calendar (国务院办公厅 notice on the 2026 public holidays): days off that
 * fall on weekdays, and weekend days that are working days instead (调休 make-up days). The one
 * place to change it: add next year's notice here when it is published. Dates are Beijing dates.
 */
export type WorkingCalendar = {
  /** Public holidays and the days off around them (whatever weekday they fall on). */
  holidays: readonly string[]
  /** Saturdays and Sundays that are working days. */
  workdays: readonly string[]
}

const range = (from: string, days: number) =>
  Array.from({ length: days }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  )

export const WORKING_CALENDAR: WorkingCalendar = {
  holidays: [
    ...range('2026-01-01', 3), // 元旦 New Year's Day, 1–3 January
    ...range('2026-02-15', 9), // 春节 Spring Festival, 15–23 February
    ...range('2026-04-04', 3), // 清明节 Qingming, 4–6 April
    ...range('2026-05-01', 5), // 劳动节 Labour Day, 1–5 May
    ...range('2026-06-19', 3), // 端午节 Dragon Boat Festival, 19–21 June
    ...range('2026-09-25', 3), // 中秋节 Mid-Autumn Festival, 25–27 September
    ...range('2026-10-01', 7), // 国庆节 National Day, 1–7 October
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
}
