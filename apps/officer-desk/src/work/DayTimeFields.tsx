import { beijingToday } from '../components/beijing-time'
import { t } from '../i18n'

type Props = {
  /** Prefix of the inputs' ids, unique on the page (labels point at them). */
  idPrefix: string
  /** Dictionary keys of the three labels. */
  labels: { date: Parameters<typeof t>[0]; start: Parameters<typeof t>[0]; end: Parameters<typeof t>[0] }
  start: string
  end: string
}

/** A day (today in Beijing by default) and a start and end time: the fields `date`, `start`, `end` of a form. */
export function DayTimeFields(props: Props) {
  return (
    <>
      <div class="field">
        <label class="field__label" for={`${props.idPrefix}-date`}>
          {t(props.labels.date)}
        </label>
        <input id={`${props.idPrefix}-date`} name="date" class="input" type="date" required value={beijingToday()} />
      </div>
      <div class="cluster">
        <div class="field">
          <label class="field__label" for={`${props.idPrefix}-start`}>
            {t(props.labels.start)}
          </label>
          <input id={`${props.idPrefix}-start`} name="start" class="input" type="time" required value={props.start} />
        </div>
        <div class="field">
          <label class="field__label" for={`${props.idPrefix}-end`}>
            {t(props.labels.end)}
          </label>
          <input id={`${props.idPrefix}-end`} name="end" class="input" type="time" required value={props.end} />
        </div>
      </div>
    </>
  )
}
