import type { DefenceShop, DutyOfDay, GroupRota, ShopRecord } from '@platform/contracts'
import { label, locale } from '@platform/ui'
import { createSignal, For, Show } from 'solid-js'
import { ResultLine } from '../components/ResultLine'
import { sendStaffJson } from '../components/send-json'
import { createSending } from '../components/sending'
import { errorCode, type Outcome, refusedFields } from '../components/submission'
import { weekdayName } from './days'
import { tj } from './messages'
import { closedDaysError } from './shop-rules'
import { WeekdayChecks } from './WeekdayChecks'

/**
 * The group's open shops in turn order with their closed days. The station's team leaders and
 * heads edit a shop's closed days, move it to another group of the station, or record that it
 * closed down (it leaves the rota; its reports stay on file).
 */
export function ShopList(props: {
  group: GroupRota['group']
  shops: DefenceShop[]
  groups: DutyOfDay['groups']
  canManage: boolean
  onChanged: () => void
}) {
  const [notice, setNotice] = createSignal<Outcome | null>(null)
  const closedText = (days: number[]) =>
    days.length
      ? tj('defence.shops.closedOn', {
          days: days.map((d) => weekdayName(d, locale(), 'short')).join(tj('defence.separator')),
        })
      : tj('defence.shops.everyDay')
  return (
    <section class="stack" aria-labelledby="shops-title">
      <h2 id="shops-title">{tj('defence.shops.title', { count: props.shops.length })}</h2>
      <ResultLine id="shops-result" result={notice()} />
      <ul class="plain-list stack">
        <For each={props.shops}>
          {(shop) => (
            <li class="card stack">
              <p>
                <strong>{label(shop.name)}</strong> <span class="muted">{closedText(shop.closedWeekdays)}</span>
              </p>
              <Show when={props.canManage}>
                <ShopEditor
                  shop={shop}
                  groups={props.groups.filter((g) => g.id !== props.group.id)}
                  onDone={(result) => {
                    setNotice(result)
                    if (result.kind === 'ok') props.onChanged()
                  }}
                />
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  )
}

function ShopEditor(props: { shop: DefenceShop; groups: DutyOfDay['groups']; onDone: (notice: Outcome) => void }) {
  const id = (part: string) => `shop-${props.shop.id}-${part}`
  const name = () => label(props.shop.name)
  const [days, setDays] = createSignal<number[]>([...props.shop.closedWeekdays])
  const [daysError, setDaysError] = createSignal('')
  const [target, setTarget] = createSignal('')
  const [moveError, setMoveError] = createSignal('')
  const [confirming, setConfirming] = createSignal(false)
  const { busy, run } = createSending()

  const put = (body: Record<string, unknown>, success: string, onError: (text: string) => void) =>
    run(
      () => sendStaffJson<ShopRecord>('PUT', `/api/communities/shops/${props.shop.id}`, body),
      () => props.onDone({ kind: 'ok', text: success }),
      (error) =>
        onError(
          refusedFields(error)?.some((f) => f.code === 'always_closed')
            ? tj('defence.shops.alwaysClosed')
            : tj('defence.report.failed', { code: errorCode(error) }),
        ),
    )
  const saveDays = (event: Event) => {
    event.preventDefault()
    const problem = closedDaysError(days())
    setDaysError(problem ? tj('defence.shops.alwaysClosed') : '')
    if (!problem)
      void put({ closedWeekdays: [...days()].sort() }, tj('defence.shops.saved', { name: name() }), setDaysError)
  }
  const move = (event: Event) => {
    event.preventDefault()
    const group = props.groups.find((g) => g.id === target())
    setMoveError(group ? '' : tj('defence.shops.chooseGroup'))
    if (group)
      void put(
        { groupId: group.id },
        tj('defence.shops.moved', { name: name(), group: label(group.name) }),
        setMoveError,
      )
  }

  return (
    <details class="defence-editor">
      <summary>{tj('defence.shops.edit', { name: name() })}</summary>
      <div class="stack">
        <form class="stack" novalidate onSubmit={saveDays}>
          <fieldset
            class="checklist"
            aria-invalid={daysError() ? 'true' : undefined}
            aria-describedby={daysError() ? id('days-error') : undefined}
          >
            <legend>{tj('defence.shops.closedDaysLegend', { name: name() })}</legend>
            <WeekdayChecks chosen={days()} onChange={setDays} />
            <Show when={daysError()}>
              <p class="field__error" id={id('days-error')}>
                {daysError()}
              </p>
            </Show>
          </fieldset>
          <div class="cluster">
            <button type="submit" class="button button--secondary" disabled={busy()}>
              {tj('defence.shops.saveDays')}
            </button>
          </div>
        </form>
        <Show when={props.groups.length > 0}>
          <form class="stack" novalidate onSubmit={move}>
            <div class="field">
              <label class="field__label" for={id('group')}>
                {tj('defence.shops.moveTo')}
              </label>
              <select
                id={id('group')}
                class="input"
                value={target()}
                onChange={(e) => setTarget(e.currentTarget.value)}
                aria-invalid={moveError() ? 'true' : undefined}
                aria-describedby={moveError() ? id('group-error') : undefined}
              >
                <option value="" />
                <For each={props.groups}>{(g) => <option value={g.id}>{label(g.name)}</option>}</For>
              </select>
              <Show when={moveError()}>
                <p class="field__error" id={id('group-error')}>
                  {moveError()}
                </p>
              </Show>
            </div>
            <div class="cluster">
              <button type="submit" class="button button--secondary" disabled={busy()}>
                {tj('defence.shops.move')}
              </button>
            </div>
          </form>
        </Show>
        <Show
          when={confirming()}
          fallback={
            <div class="cluster">
              <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
                {tj('defence.shops.close')}
              </button>
            </div>
          }
        >
          <div class="stack">
            <p id={id('confirm')}>{tj('defence.shops.confirmClose', { name: name() })}</p>
            <div class="cluster">
              <button
                type="button"
                class="button"
                disabled={busy()}
                onClick={() =>
                  void put({ closed: true }, tj('defence.shops.closed', { name: name() }), (text) =>
                    props.onDone({ kind: 'error', text }),
                  )
                }
              >
                {tj('defence.shops.confirm')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
                {tj('defence.shops.cancel')}
              </button>
            </div>
          </div>
        </Show>
      </div>
    </details>
  )
}
