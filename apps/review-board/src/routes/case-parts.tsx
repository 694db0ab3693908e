import type { ConflictReason, ExemptionCase, Label, Tally } from '@platform/contracts'
import { label, TableRegion } from '@platform/ui'
import { createResource, For, Show } from 'solid-js'
import { CRITERIA } from '../case-terms'
import { fetchOfficerName } from '../cases-api'
import { t } from '../i18n'

/** Facts, the three criteria with their evidence, and the deductions: the case as filed. */
export function CaseFacts(props: { item: ExemptionCase }) {
  // The name is a courtesy: without roster access (or offline) the id stands alone.
  const [name] = createResource(
    () => [props.item.stationId, props.item.officerId] as const,
    ([station, officer]) => fetchOfficerName(station, officer).catch(() => null),
  )
  return (
    <>
      <section class="stack" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('case.facts')}</h2>
        <dl class="facts">
          <dt>{t('case.duty')}</dt>
          <dd>{props.item.duty}</dd>
          <dt>{t('case.happenedOn')}</dt>
          <dd>{props.item.happenedOn}</dd>
          <dt>{t('case.quarter')}</dt>
          <dd>{props.item.quarter}</dd>
          <dt>{t('case.officer')}</dt>
          <dd>
            <Show when={name()}>{(officer) => <>{label(officer())} · </>}</Show>
            {props.item.officerId}
          </dd>
          <dt>{t('case.deadline')}</dt>
          <dd>{props.item.deadline}</dd>
        </dl>
        <p class="prose">{props.item.facts}</p>
      </section>
      <section class="stack" aria-labelledby="criteria-title">
        <h2 id="criteria-title">{t('case.criteria')}</h2>
        <dl class="facts">
          <For each={CRITERIA}>
            {(criterion) => (
              <>
                <dt>{t(`criterion.${criterion}`)}</dt>
                <dd>{props.item.criteria[criterion]}</dd>
              </>
            )}
          </For>
        </dl>
      </section>
      <section class="stack" aria-labelledby="deductions-title">
        <h2 id="deductions-title">{t('case.deductions')}</h2>
        <TableRegion label={t('case.deductions.caption')}>
          <table class="table">
            <caption>{t('case.deductions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.item')}</th>
                <th scope="col" class="num">
                  {t('col.points')}
                </th>
                <th scope="col" class="num">
                  {t('col.maxPoints')}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.item.deductions}>
                {(line) => (
                  <tr>
                    <th scope="row">
                      {line.itemCode} {label(line.itemName)}
                    </th>
                    <td class="num">{line.points}</td>
                    <td class="num">{line.maxPoints}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </section>
    </>
  )
}

/** A seat as the panel table shows it: a case's seats name the member's unit, a nomination's do not. */
type SeatView = {
  name: Label
  unit?: Label
  role: 'chair' | 'member'
  recused: boolean
  conflicts: readonly string[]
  voted: boolean
}

/** The panel of a case or a nomination, with every recusal and its reasons stated plainly. */
export function PanelTable(props: { seats: readonly SeatView[] }) {
  return (
    <section class="stack" aria-labelledby="panel-title">
      <h2 id="panel-title">{t('panel.title')}</h2>
      <TableRegion label={t('panel.caption')}>
        <table class="table">
          <caption>{t('panel.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.member')}</th>
              <th scope="col">{t('col.role')}</th>
              <th scope="col">{t('col.seat')}</th>
              <th scope="col">{t('col.voted')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.seats}>
              {(seat) => (
                <tr class={seat.recused ? 'seat--recused' : undefined}>
                  <th scope="row">
                    {label(seat.name)}
                    <Show when={seat.unit}>{(unit) => <span class="muted"> · {label(unit())}</span>}</Show>
                  </th>
                  <td>{t(`boardRole.${seat.role}`)}</td>
                  <td>
                    <Show when={seat.recused} fallback={t('seat.sits')}>
                      <span class="badge badge--warning">
                        {t('seat.recused', {
                          reasons: seat.conflicts.map((c) => t(`conflict.${c as ConflictReason}`)).join('、'),
                        })}
                      </span>
                    </Show>
                  </td>
                  <td>{seat.voted ? t('voted.yes') : t('voted.no')}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
    </section>
  )
}

/**
 * The server's tally in words: who counts, how many votes the quorum needs, what blocks closing.
 * `counts` and `majority` are already in words, since cases and nominations have other outcomes.
 */
export function TallyBox(props: {
  tally: Pick<Tally, 'eligible' | 'panel' | 'recused' | 'needed' | 'cast'> & { blocker: Tally['blocker'] }
  counts: string
  majority: string
}) {
  return (
    <section class="stack card" aria-labelledby="tally-title" data-testid="tally">
      <h2 id="tally-title">{t('tally.title')}</h2>
      <p>
        {t('tally.summary', {
          eligible: props.tally.eligible,
          panel: props.tally.panel,
          recused: props.tally.recused,
          needed: props.tally.needed,
          cast: props.tally.cast,
        })}
      </p>
      <p>{props.counts}</p>
      <Show
        when={props.tally.blocker}
        fallback={<p class="notice notice--ok">{t('tally.met', { majority: props.majority })}</p>}
      >
        {(blocker) => <p class="notice notice--warn">{t(`tally.${blocker()}`)}</p>}
      </Show>
    </section>
  )
}

/** A case's tally: its counts and majority in the case's outcomes. */
export function CaseTallyBox(props: { tally: Tally }) {
  return (
    <TallyBox
      tally={props.tally}
      counts={t('tally.counts', {
        full: props.tally.counts.exempt_full,
        partial: props.tally.counts.exempt_partial,
        reject: props.tally.counts.reject,
      })}
      majority={props.tally.majority ? t(`outcome.${props.tally.majority}`) : ''}
    />
  )
}

/** Each member's vote with the reasons against each criterion. */
export function VoteList(props: { item: ExemptionCase }) {
  const nameOf = (memberId: string) => {
    const seat = props.item.panel.find((s) => s.memberId === memberId)
    return seat ? label(seat.name) : memberId
  }
  return (
    <Show when={props.item.votes.length > 0}>
      <section class="stack" aria-labelledby="votes-title">
        <h2 id="votes-title">{t('votes.title')}</h2>
        <ul class="plain-list stack">
          <For each={props.item.votes}>
            {(vote) => (
              <li class="card">
                <p>
                  <strong>{nameOf(vote.memberId)}</strong>: {t(`outcome.${vote.outcome}`)}
                </p>
                <dl class="facts">
                  <For each={CRITERIA}>
                    {(criterion) => (
                      <>
                        <dt>{t(`criterion.${criterion}`)}</dt>
                        <dd>{vote.reasons[criterion]}</dd>
                      </>
                    )}
                  </For>
                </dl>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  )
}
