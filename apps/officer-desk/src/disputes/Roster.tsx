import { Agency, Arrangement, type QiheRosterInput, type QiheRosterMember } from '@platform/contracts'
import { AsyncView, label, TableRegion, usePageTitle } from '@platform/ui'
import { createResource, createSignal, For, Show } from 'solid-js'
import { type Role, useHasRole } from '../components/roles'
import { addMember, fetchRoster, updateMember } from './api'
import { RefusalLine, SelectField, TextField } from './fields'
import { tq } from './messages'
import { QiheNav } from './QiheNav'
import { createStaffAction } from './staff-action'

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const
/** Who keeps the roster (the permission matrix's `qihe.staff.manage`). */
const MANAGERS: Role[] = ['mediator']

const days = (weekdays: readonly number[]) => weekdays.map((d) => tq(`roster.day.${d}` as never)).join('、')

/** The station roster: who serves from which agency, how, and on which days; mediators keep it. */
export function Roster() {
  usePageTitle(
    () => tq('roster.title'),
    () => tq('roster.title'),
  )
  const has = useHasRole()
  const mayManage = () => has(MANAGERS)
  const [roster, { refetch }] = createResource(fetchRoster)
  const [editing, setEditing] = createSignal<string | null>(null)
  return (
    <div class="stack">
      <h1>{tq('roster.title')}</h1>
      <QiheNav />
      <p class="muted">{tq('roster.lead')}</p>
      <AsyncView resource={roster} onRetry={refetch}>
        {(data) => (
          <TableRegion label={tq('roster.caption')}>
            <table class="table" data-testid="roster">
              <caption>{tq('roster.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tq('roster.name')}</th>
                  <th scope="col">{tq('roster.agency')}</th>
                  <th scope="col">{tq('roster.arrangement')}</th>
                  <th scope="col">{tq('roster.weekdays')}</th>
                  <th scope="col">{tq('roster.active')}</th>
                  <Show when={mayManage()}>
                    <th scope="col">
                      <span class="visually-hidden">{tq('roster.edit')}</span>
                    </th>
                  </Show>
                </tr>
              </thead>
              <tbody>
                <For each={data.staff}>
                  {(member) => (
                    <tr>
                      <th scope="row">
                        {label(member.name)} <span class="muted">{label(member.position)}</span>
                      </th>
                      <td>{tq(`agency.${member.agency}`)}</td>
                      <td>{tq(`arrangement.${member.arrangement}`)}</td>
                      <td>{member.arrangement === 'rotating' ? days(member.weekdays) : '—'}</td>
                      <td>{member.active ? tq('roster.active') : tq('roster.inactive')}</td>
                      <Show when={mayManage()}>
                        <td>
                          <button
                            type="button"
                            class="button button--secondary"
                            aria-label={`${tq('roster.edit')} ${label(member.name)}`}
                            onClick={() => setEditing(member.id)}
                          >
                            {tq('roster.edit')}
                          </button>
                        </td>
                      </Show>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableRegion>
        )}
      </AsyncView>
      <Show when={mayManage()}>
        <Show when={roster()?.staff.find((m) => m.id === editing())} keyed>
          {(member) => (
            <MemberForm
              title={`${tq('roster.edit')} · ${label(member.name)}`}
              member={member}
              onDone={() => {
                setEditing(null)
                void refetch()
              }}
            />
          )}
        </Show>
        <MemberForm title={tq('roster.add')} onDone={() => void refetch()} />
      </Show>
    </div>
  )
}

function MemberForm(props: { title: string; member?: QiheRosterMember; onDone: () => void }) {
  const key = props.member?.id ?? 'new'
  const id = (name: string) => `${name}-${key}`
  const m = props.member
  const [nameZh, setNameZh] = createSignal(m?.name.zh ?? '')
  const [nameEn, setNameEn] = createSignal(m?.name.en ?? '')
  const [positionZh, setPositionZh] = createSignal(m?.position.zh ?? '')
  const [positionEn, setPositionEn] = createSignal(m?.position.en ?? '')
  const [agency, setAgency] = createSignal<Agency>(m?.agency ?? 'police')
  const [arrangement, setArrangement] = createSignal<Arrangement>(m?.arrangement ?? 'resident')
  const [weekdays, setWeekdays] = createSignal<number[]>(m?.weekdays ?? [1, 2, 3, 4, 5])
  const [active, setActive] = createSignal(m?.active ?? true)
  const [saved, setSaved] = createSignal(false)
  // One key per form filled in: a double submit adds one member.
  let idempotencyKey = crypto.randomUUID()
  const { error, busy, run } = createStaffAction(() => {
    setSaved(true)
    props.onDone()
  })
  const input = (): QiheRosterInput => ({
    name: { zh: nameZh().trim(), en: nameEn().trim() },
    position: { zh: positionZh().trim(), en: positionEn().trim() },
    agency: agency(),
    arrangement: arrangement(),
    weekdays: weekdays(),
    active: active(),
  })
  const text = (name: string, labelKey: string, value: () => string, set: (v: string) => void) => (
    <TextField id={id(name)} label={tq(labelKey as never)} value={value()} required onInput={set} />
  )
  return (
    <form
      class="card stack"
      aria-labelledby={id('title')}
      data-testid={`member-form-${key}`}
      onSubmit={(e) => {
        e.preventDefault()
        setSaved(false)
        void run(async () => {
          if (m) await updateMember(m.id, input())
          else {
            await addMember(input(), idempotencyKey)
            idempotencyKey = crypto.randomUUID()
          }
        })
      }}
    >
      <h2 id={id('title')}>{props.title}</h2>
      {text('nameZh', 'roster.nameZh', nameZh, setNameZh)}
      {text('nameEn', 'roster.nameEn', nameEn, setNameEn)}
      {text('positionZh', 'roster.positionZh', positionZh, setPositionZh)}
      {text('positionEn', 'roster.positionEn', positionEn, setPositionEn)}
      <SelectField
        id={id('agency')}
        label={tq('roster.agency')}
        value={agency()}
        options={Agency.options}
        optionText={(a) => tq(`agency.${a}`)}
        onChange={setAgency}
      />
      <SelectField
        id={id('arrangement')}
        label={tq('roster.arrangement')}
        value={arrangement()}
        options={Arrangement.options}
        optionText={(a) => tq(`arrangement.${a}`)}
        onChange={setArrangement}
      />
      <fieldset>
        <legend>{tq('roster.weekdays')}</legend>
        <div class="cluster">
          <For each={DAYS}>
            {(day) => (
              <label class="choice">
                <input
                  type="checkbox"
                  checked={weekdays().includes(day)}
                  onChange={(e) =>
                    setWeekdays((now) =>
                      e.currentTarget.checked ? [...now, day].sort() : now.filter((d) => d !== day),
                    )
                  }
                />{' '}
                {tq(`roster.day.${day}` as never)}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <label class="choice">
        <input type="checkbox" checked={active()} onChange={(e) => setActive(e.currentTarget.checked)} />{' '}
        {tq('roster.active')}
      </label>
      <p>
        <button type="submit" class="button" disabled={busy()}>
          {tq('roster.save')}
        </button>
      </p>
      <Show when={saved()}>
        <p class="state" role="status">
          {tq('roster.saved')}
        </p>
      </Show>
      <RefusalLine message={error()} />
    </form>
  )
}
