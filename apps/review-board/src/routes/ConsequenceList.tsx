import type { Consequence, Label } from '@platform/contracts'
import { label, TableRegion } from '@platform/ui'
import { createResource, For, Show } from 'solid-js'
import { decideConsequence, fetchConsequences } from '../board-api'
import { createBoardSubmit } from '../board-submit'
import { t } from '../i18n'
import { FormError } from './case-forms'

/** What the rule proposed for the bottom of the quarter's ranking, and the station head's decision with a reason. */
export function ConsequenceList(props: { quarter: string; station?: string; names: Map<string, Label> }) {
  // Roles that may not read proposals (board members) see nothing here: the section is for the station.
  const [list, actions] = createResource(
    () => ({ quarter: props.quarter, station: props.station }),
    (p) => fetchConsequences(p.quarter, p.station).catch(() => null),
  )
  const name = (id: string) => {
    const found = props.names.get(id)
    return found ? label(found) : id
  }
  return (
    <Show when={list()}>
      {(data) => (
        <section class="stack" aria-labelledby="consequences-title">
          <h2 id="consequences-title">{t('consequences.title')}</h2>
          <p class="muted">{t('consequences.lead')}</p>
          <Show when={data().consequences.length > 0} fallback={<p class="muted">{t('consequences.none')}</p>}>
            <TableRegion label={t('consequences.caption')}>
              <table class="table" data-testid="consequences">
                <caption>{t('consequences.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('col.officer')}</th>
                    <th scope="col" class="num">
                      {t('col.score')}
                    </th>
                    <th scope="col" class="num">
                      {t('col.rank')}
                    </th>
                    <th scope="col">{t('col.consequence')}</th>
                    <th scope="col">{t('col.status')}</th>
                    <th scope="col">{t('consequence.decide')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data().consequences}>
                    {(c) => (
                      <tr>
                        <th scope="row">{name(c.officerId)}</th>
                        <td class="num">{c.score}</td>
                        <td class="num">{c.rank}</td>
                        <td>{t(`consequence.${c.kind}`)}</td>
                        <td>
                          {t(`cstatus.${c.status}`)}
                          <Show when={c.reason}>{(reason) => <span class="muted"> · {reason()}</span>}</Show>
                        </td>
                        <td>
                          <Show when={c.status === 'proposed'} fallback="—">
                            <DecideForm item={c} onDone={() => actions.refetch()} />
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </TableRegion>
          </Show>
        </section>
      )}
    </Show>
  )
}

function DecideForm(props: { item: Consequence; onDone: () => void }) {
  const id = () => `consequence-${props.item.id}`
  const { error, busy, submit } = createBoardSubmit(
    (form) =>
      decideConsequence(
        props.item.id,
        form.get('decision') as 'confirm' | 'withdraw',
        String(form.get('reason') ?? ''),
      ),
    () => props.onDone(),
  )
  return (
    <form class="stack" onSubmit={submit} aria-label={t('consequence.decide')}>
      <fieldset class="filters">
        <legend class="visually-hidden">{t('consequence.decide')}</legend>
        <label class="choice">
          <input type="radio" name="decision" value="confirm" required checked />
          {t('consequence.confirm')}
        </label>
        <label class="choice">
          <input type="radio" name="decision" value="withdraw" />
          {t('consequence.withdraw')}
        </label>
      </fieldset>
      <label class="field__label" for={`${id()}-reason`}>
        {t('consequence.reason')}
      </label>
      <input class="input" id={`${id()}-reason`} name="reason" required maxLength={1000} />
      <FormError code={error()} />
      <button class="button button--secondary" type="submit" disabled={busy()}>
        {t('consequence.submit')}
      </button>
    </form>
  )
}
