import type { BoardMember, DistrictCounts } from '@platform/contracts'
import { AsyncView, formatNumber, label, locale, StatList, TableRegion, usePageTitle } from '@platform/ui'
import { createResource, For, Show } from 'solid-js'
import { fetchBoardMembers, fetchDistrictCounts } from '../api'
import { inBoardOrder } from '../board-order'
import { t } from '../i18n'

const DISTRICT_FIGURES = ['stations', 'communities', 'dedicatedOfficers', 'groups'] as const

export function Board() {
  usePageTitle(
    () => t('board.appTitle'),
    () => t('board.appTitle'),
  )
  const [members, membersActions] = createResource(fetchBoardMembers)
  const [district, districtActions] = createResource(fetchDistrictCounts)

  return (
    <div class="stack-lg">
      <section class="stack" aria-labelledby="board-title">
        <h1 id="board-title">{t('board.home.title')}</h1>
        <p class="lead">{t('board.home.lead')}</p>
      </section>

      <section class="stack" aria-labelledby="members-title">
        <h2 id="members-title">{t('board.members.title')}</h2>
        <AsyncView resource={members} onRetry={membersActions.refetch}>
          {(data) => <MemberTable members={inBoardOrder(data.members)} />}
        </AsyncView>
      </section>

      <section class="stack" aria-labelledby="district-title">
        <h2 id="district-title">{t('board.district.title')}</h2>
        <AsyncView resource={district} onRetry={districtActions.refetch}>
          {(counts) => <DistrictFigures counts={counts} />}
        </AsyncView>
      </section>
    </div>
  )
}

function MemberTable(props: { members: BoardMember[] }) {
  return (
    <Show when={props.members.length > 0} fallback={<p class="muted">{t('board.members.none')}</p>}>
      <TableRegion label={t('board.members.caption')}>
        <table class="table">
          <caption>{t('board.members.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.col.name')}</th>
              <th scope="col">{t('board.col.role')}</th>
              <th scope="col">{t('board.col.unit')}</th>
              <th scope="col">{t('board.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.members}>
              {(member) => (
                <tr>
                  <th scope="row">{label(member.name)}</th>
                  <td>
                    <span class={member.role === 'chair' ? 'badge badge--primary' : 'badge'}>
                      {t(`boardRole.${member.role}`)}
                    </span>
                  </td>
                  <td>{label(member.unit)}</td>
                  <td>
                    <span class={member.active ? 'badge badge--success' : 'badge'}>
                      {member.active ? t('board.status.active') : t('board.status.inactive')}
                    </span>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
    </Show>
  )
}

function DistrictFigures(props: { counts: DistrictCounts }) {
  return (
    <StatList
      stats={DISTRICT_FIGURES.map((figure) => ({
        label: t(`board.district.${figure}`),
        value: formatNumber(props.counts[figure], locale()),
      }))}
    />
  )
}
