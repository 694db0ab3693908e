import type { QiheToday } from '@platform/contracts'
import { type Locale, translator } from './messages'

const dayName = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  )

/**
 * Who is at the Qihe Station today, by agency (counts only: no names, no phones), and which
 * agencies are there on the coming days, for the pages that work without JavaScript.
 */
export function TodaySection({ locale, today }: { locale: Locale; today: QiheToday }) {
  const t = translator(locale)
  return (
    <section aria-labelledby="today-title" data-testid="today">
      <h2 id="today-title">{t('today.title')}</h2>
      {today.workingDay ? (
        <>
          <p>{t('today.lead')}</p>
          <table class="table">
            <caption class="visually-hidden">{t('today.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('today.agency')}</th>
                <th scope="col">{t('today.present')}</th>
                <th scope="col">{t('today.onCall')}</th>
              </tr>
            </thead>
            <tbody>
              {today.agencies.map((row) => (
                <tr>
                  <th scope="row">{t(`agency.${row.agency}`)}</th>
                  <td>{row.present}</td>
                  <td>{row.onCall}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>{t('today.closed')}</p>
      )}
      <h3>{t('today.week')}</h3>
      <ul>
        {today.week.slice(1).map((day) => (
          <li>
            {dayName(day.date, locale)}：
            {day.agencies.length ? day.agencies.map((agency) => t(`agency.${agency}`)).join('、') : t('today.none')}
          </li>
        ))}
      </ul>
    </section>
  )
}
