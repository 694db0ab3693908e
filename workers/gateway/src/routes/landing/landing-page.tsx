import type { DistrictCounts } from '@platform/contracts'
import { type Locale, type MessageKey, translator } from '../../i18n'
import { Layout } from '../../pages/layout'

type Entry = { key: 'qihe' | 'board' | 'desk'; href: string }

/** The three apps, in the order a visitor most likely needs them: citizens first. */
const entries: readonly Entry[] = [
  { key: 'qihe', href: '/qihe/' },
  { key: 'board', href: '/board/' },
  { key: 'desk', href: '/desk/' },
]

const figureKeys = ['stations', 'communities', 'dedicatedOfficers', 'groups'] as const

function Figures({ locale, counts }: { locale: Locale; counts: DistrictCounts | null }) {
  const t = translator(locale)
  const number = new Intl.NumberFormat(locale)
  return (
    <section class="figures" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('landing.figures.title')}</h2>
      {counts ? (
        <>
          <dl class="figures__list">
            {figureKeys.map((key) => (
              <div class="figure">
                <dt>{t(`landing.figures.${key}`)}</dt>
                <dd>{number.format(counts[key])}</dd>
              </div>
            ))}
          </dl>
          <p class="note">{t('landing.figures.note')}</p>
        </>
      ) : (
        <p class="notice" role="status">
          {t('landing.figures.unavailable')}
        </p>
      )}
    </section>
  )
}

function EntryCard({ locale, entry }: { locale: Locale; entry: Entry }) {
  const t = translator(locale)
  const key = (part: string) => `landing.${entry.key}.${part}` as MessageKey
  return (
    <li class="entry">
      <h3>{t(key('title'))}</h3>
      <p class="entry__audience">{t(key('audience'))}</p>
      <p>{t(key('body'))}</p>
      <p class="entry__action">
        <a class="button" href={entry.href}>
          {t(key('link'))}
        </a>
      </p>
    </li>
  )
}

/** `/`: what the platform is for, the district's figures and the way into each app. */
export function LandingPage({ locale, counts }: { locale: Locale; counts: DistrictCounts | null }) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('landing.title')} description={t('landing.lead')} languageSwitchPath="/">
      <section class="intro" aria-labelledby="page-title">
        <h1 id="page-title">{t('landing.title')}</h1>
        <p class="lead">{t('landing.lead')}</p>
      </section>
      <Figures locale={locale} counts={counts} />
      <section aria-labelledby="entries-title">
        <h2 id="entries-title">{t('landing.entries.title')}</h2>
        <ul class="entries">
          {entries.map((entry) => (
            <EntryCard locale={locale} entry={entry} />
          ))}
        </ul>
      </section>
    </Layout>
  )
}
