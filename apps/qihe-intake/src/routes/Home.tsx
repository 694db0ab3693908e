import type { QihePublicInfo } from '@platform/contracts'
import { AsyncView, formatDay, locale, TableRegion, usePageTitle } from '@platform/ui'
import { A } from '@solidjs/router'
import { createResource, For } from 'solid-js'
import { fetchQiheInfo } from '../api'
import { t } from '../i18n'
import { Today } from './Today'

// The station's four principles as the article states them (预防在前、调解优先、运用法治、就地解决).
const PRINCIPLES = ['prevention', 'mediation', 'law', 'local'] as const
const ARRANGEMENTS = ['resident', 'rotating', 'onCall'] as const
const ARRANGEMENT_KEY = { resident: 'resident', rotating: 'rotating', onCall: 'on_call' } as const

export function Home() {
  usePageTitle(
    () => t('qihe.appTitle'),
    () => t('qihe.appTitle'),
  )
  const [info, { refetch }] = createResource(fetchQiheInfo)

  return (
    <div class="stack-lg">
      <section class="hero stack" aria-labelledby="home-title">
        <h1 id="home-title">{t('qihe.appTitle')}</h1>
        <p class="hero__subtitle">{t('qihe.home.subtitle')}</p>
        <p class="lead">{t('qihe.home.lead')}</p>
        <p class="hero__aim">{t('qihe.home.aim')}</p>
        <p>
          <A class="button" href="/start" data-testid="intake-cta">
            {t('intake.cta')}
          </A>
        </p>
      </section>

      <section class="stack" aria-labelledby="principles-title">
        <h2 id="principles-title">{t('qihe.principles.title')}</h2>
        <ul class="grid plain-list principles">
          <For each={PRINCIPLES}>{(key) => <li class="card principle">{t(`qihe.principles.${key}`)}</li>}</For>
        </ul>
      </section>

      <section class="card" aria-labelledby="survey-link-title">
        <h2 id="survey-link-title">{t('survey.nav')}</h2>
        <p>{t('survey.homeLead')}</p>
        <p>
          <A class="button" href="/survey" data-testid="survey-cta">
            {t('survey.nav')}
          </A>
        </p>
      </section>

      <Today />

      <AsyncView resource={info} onRetry={refetch}>
        {(value) => <StationFacts info={value} />}
      </AsyncView>

      <section class="card" aria-labelledby="where-title">
        <h2 id="where-title">{t('qihe.where.title')}</h2>
        <p>{t('qihe.where.lead')}</p>
        <p>
          <A class="button" href="/stations">
            {t('qihe.where.link')}
          </A>
        </p>
      </section>
    </div>
  )
}

function StationFacts(props: { info: QihePublicInfo }) {
  const total = (row: QihePublicInfo['agencies'][number]) => row.resident + row.rotating + row.onCall
  return (
    <>
      <section class="stack" aria-labelledby="agencies-title">
        <h2 id="agencies-title">{t('qihe.agencies.title')}</h2>
        <p class="muted">{t('qihe.home.opened', { date: formatDay(props.info.openedOn, locale()) })}</p>
        <p>{t('qihe.agencies.lead')}</p>
        <TableRegion label={t('qihe.agencies.caption')}>
          <table class="table">
            <caption>{t('qihe.agencies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('qihe.agencies.agency')}</th>
                <For each={ARRANGEMENTS}>
                  {(arrangement) => (
                    <th scope="col" class="num">
                      {t(`arrangement.${ARRANGEMENT_KEY[arrangement]}`)}
                    </th>
                  )}
                </For>
                <th scope="col" class="num">
                  {t('qihe.agencies.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.info.agencies}>
                {(row) => (
                  <tr>
                    <th scope="row">{t(`agency.${row.agency}`)}</th>
                    <For each={ARRANGEMENTS}>{(arrangement) => <td class="num">{row[arrangement]}</td>}</For>
                    <td class="num">{total(row)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section class="stack" aria-labelledby="categories-title">
        <h2 id="categories-title">{t('qihe.categories.title')}</h2>
        <p>{t('qihe.categories.lead')}</p>
        <ul class="tags">
          <For each={props.info.categories}>{(category) => <li class="tag">{t(`category.${category}`)}</li>}</For>
        </ul>
      </section>
    </>
  )
}
