// Year-on-year and month-on-month changes of the safety indicators ("theft-type incidents −43 %
// year on year", "telecom fraud −8.6 % month on month").

/** (now − before) / before; null when there was nothing before to compare with. */
export const relativeChange = (now: number, before: number): number | null =>
  before > 0 ? (now - before) / before : null
