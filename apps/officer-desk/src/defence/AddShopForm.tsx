import type { DefenceShop, ShopRecord } from '@platform/contracts'
import { label } from '@platform/ui'
import { createSignal, Show } from 'solid-js'
import { ResultLine } from '../components/ResultLine'
import { sendStaffJson } from '../components/send-json'
import { checked, createSubmission, errorCode } from '../components/submission'
import { type DefenceKey, tj } from './messages'
import { checkShop, nextPosition, type ShopDraft, type ShopError } from './shop-rules'
import { WeekdayChecks } from './WeekdayChecks'

const EMPTY: ShopDraft = { nameZh: '', nameEn: '', closedWeekdays: [] }
const ERROR_TEXT: Record<ShopError, DefenceKey> = {
  required: 'defence.error.required',
  tooLongName: 'defence.error.tooLongName',
  alwaysClosed: 'defence.shops.alwaysClosed',
}

/** A shop put on file in the group, last in the turn order; sent once per filled form (Idempotency-Key). */
export function AddShopForm(props: { groupId: string; shops: DefenceShop[]; onAdded: () => void }) {
  const [draft, setDraft] = createSignal<ShopDraft>({ ...EMPTY })
  // A 400 is worded with its code (the form checks what the API checks before sending).
  const { errors, busy, result, key, submit } = createSubmission<ReturnType<typeof checkShop>>({
    keyPrefix: 'shop',
    fixFields: () => tj('defence.report.fixFields'),
    failed: (error) => tj('defence.report.failed', { code: errorCode(error) }),
  })
  const change = (patch: Partial<ShopDraft>) => {
    setDraft({ ...draft(), ...patch })
    key.renew()
  }
  const addShop = (event: Event) => {
    event.preventDefault()
    return submit({
      check: () => checked(checkShop(draft()), draft),
      send: (shop, idempotencyKey) =>
        sendStaffJson<ShopRecord>(
          'POST',
          `/api/communities/defence-groups/${props.groupId}/shops`,
          {
            name: { zh: shop.nameZh.trim(), en: shop.nameEn.trim() },
            position: nextPosition(props.shops),
            closedWeekdays: [...shop.closedWeekdays].sort(),
          },
          { 'Idempotency-Key': idempotencyKey },
        ),
      saved: (shop) => {
        setDraft({ ...EMPTY })
        props.onAdded()
        return { kind: 'ok', text: tj('defence.shops.added', { name: label(shop.name) }) }
      },
    })
  }
  const describedBy = (field: keyof ShopDraft) => (errors()[field] ? `add-shop-${field}-error` : undefined)
  const ErrorText = (p: { field: keyof ShopDraft }) => (
    <Show when={errors()[p.field]}>
      {(error) => (
        <p class="field__error" id={`add-shop-${p.field}-error`}>
          {tj(ERROR_TEXT[error()])}
        </p>
      )}
    </Show>
  )
  const NameField = (p: { field: 'nameZh' | 'nameEn'; text: DefenceKey }) => (
    <div class="field">
      <label class="field__label" for={`add-shop-${p.field}`}>
        {tj(p.text)}
      </label>
      <input
        id={`add-shop-${p.field}`}
        class="input"
        maxlength="120"
        value={draft()[p.field]}
        onInput={(e) => change({ [p.field]: e.currentTarget.value })}
        aria-invalid={errors()[p.field] ? 'true' : undefined}
        aria-describedby={describedBy(p.field)}
      />
      <ErrorText field={p.field} />
    </div>
  )
  return (
    <section class="stack" aria-labelledby="add-shop-title">
      <h2 id="add-shop-title">{tj('defence.shops.add')}</h2>
      <form class="stack" novalidate aria-describedby="add-shop-result" onSubmit={addShop}>
        <NameField field="nameZh" text="defence.shops.nameZh" />
        <NameField field="nameEn" text="defence.shops.nameEn" />
        <fieldset
          class="checklist"
          aria-invalid={errors().closedWeekdays ? 'true' : undefined}
          aria-describedby={describedBy('closedWeekdays')}
        >
          <legend>{tj('defence.shops.closedDays')}</legend>
          <WeekdayChecks chosen={draft().closedWeekdays} onChange={(closedWeekdays) => change({ closedWeekdays })} />
          <ErrorText field="closedWeekdays" />
        </fieldset>
        <div class="cluster">
          <button type="submit" class="button" disabled={busy()}>
            {tj('defence.shops.addSubmit')}
          </button>
        </div>
        <ResultLine id="add-shop-result" result={result()} />
      </form>
    </section>
  )
}
