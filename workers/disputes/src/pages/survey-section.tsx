import type { SurveyState } from '@platform/contracts'
import type { SurveyNotice } from '../routes/status/survey.handlers'
import { type Locale, translator } from './messages'

type Props = { locale: Locale; state: SurveyState; secret: string; notice?: SurveyNotice | undefined }

const SCORES = [5, 4, 3, 2, 1] as const

/**
 * The satisfaction survey on the status page once the dispute is closed: five radio buttons in
 * a fieldset and a plain form post (works without JavaScript); after the answer, a thank-you.
 */
export function SurveySection({ locale, state, secret, notice }: Props) {
  const t = translator(locale)
  if (state === 'not_open' && !notice) return null
  const good = notice === 'thanks'
  return (
    <section id="survey" aria-labelledby="survey-title" data-testid="survey">
      <h2 id="survey-title">{t('survey.title')}</h2>
      {notice && (
        <p class={good ? 'notice' : 'error-summary'} role={good ? 'status' : 'alert'}>
          {t(`survey.notice.${notice}`)}
        </p>
      )}
      {state === 'answered' && !notice && <p>{t('survey.answered')}</p>}
      {state === 'open' && (
        <form class="form" method="post" action={`/api/disputes/status/${secret}/survey`}>
          <p>{t('survey.lead')}</p>
          <fieldset>
            <legend>{t('survey.legend')}</legend>
            {SCORES.map((score) => (
              // One choice per line (a block each), large enough to tap on a phone.
              <div>
                <label class="choice">
                  <input
                    type="radio"
                    name="score"
                    value={String(score)}
                    required
                    aria-invalid={notice === 'invalid' ? 'true' : undefined}
                  />{' '}
                  {t(`survey.score.${score}`)}
                </label>
              </div>
            ))}
          </fieldset>
          <p class="actions">
            <button type="submit" class="button">
              {t('survey.submit')}
            </button>
          </p>
        </form>
      )}
    </section>
  )
}
