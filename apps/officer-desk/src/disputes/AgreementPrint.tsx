import './agreement.css'
import type { MediationAgreement } from '@platform/contracts'
import { AsyncView, formatDay, label, locale, usePageTitle } from '@platform/ui'
import { A, useParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchAgreement } from './api'
import { tq } from './messages'

/**
 * The mediation agreement (调解协议书) generated from the record, laid out for paper: the
 * screen shows it with a print button; `@media print` keeps only the document. The parties are
 * in full, so only the holder gets it (the server checks and audits every view).
 */
export function AgreementPrint() {
  const params = useParams<{ id: string }>()
  usePageTitle(
    () => tq('agreement.title'),
    () => tq('agreement.title'),
  )
  const [agreement, { refetch }] = createResource(() => params.id, fetchAgreement)
  return (
    <div class="stack agreement-page">
      <p class="cluster no-print">
        <A href="/disputes">{tq('agreement.back')}</A>
        <button type="button" class="button" onClick={() => window.print()} data-testid="print">
          {tq('agreement.print')}
        </button>
      </p>
      <p class="muted no-print">{tq('agreement.audited')}</p>
      <AsyncView resource={agreement} onRetry={refetch}>
        {(value) => <AgreementDocument agreement={value} />}
      </AsyncView>
    </div>
  )
}

function AgreementDocument(props: { agreement: MediationAgreement }) {
  const a = () => props.agreement
  const day = (iso: string) => formatDay(iso.slice(0, 10), locale())
  const party = (title: string, p: { name: string; phone: string | null }) => (
    <>
      <dt>{title}</dt>
      <dd>
        {p.name}
        <Show when={p.phone}>{(phone) => ` · ${tq('agreement.phone')} ${phone()}`}</Show>
      </dd>
    </>
  )
  return (
    <article class="agreement" data-testid="agreement" aria-labelledby="agreement-title">
      <header class="agreement__head">
        <p class="agreement__station">{label(a().station)}</p>
        <h1 id="agreement-title">{tq('agreement.title')}</h1>
        <p>
          {tq('agreement.reference')} {a().reference}
        </p>
      </header>
      <dl class="agreement__facts">
        <dt>{tq('agreement.category')}</dt>
        <dd>{tq(`category.${a().category}`)}</dd>
        {party(tq('agreement.applicant'), a().applicant)}
        <For each={a().otherParties}>{(other) => party(tq('agreement.otherParty'), other)}</For>
        <dt>{tq('agreement.address')}</dt>
        <dd>{a().address}</dd>
        <dt>{tq('agreement.received')}</dt>
        <dd>{day(a().receivedAt)}</dd>
        <dt>{tq('agreement.closed')}</dt>
        <dd>{day(a().closedAt)}</dd>
        <dt>{tq('agreement.mediator')}</dt>
        <dd>
          {[a().mediator.unit, a().mediator.name]
            .filter((part): part is { zh: string; en: string } => part !== null)
            .map((part) => label(part))
            .join(' · ')}
        </dd>
      </dl>
      <section aria-labelledby="agreement-matter">
        <h2 id="agreement-matter">{tq('agreement.matter')}</h2>
        <p class="agreement__text">{a().description}</p>
      </section>
      <section aria-labelledby="agreement-terms">
        <h2 id="agreement-terms">{tq('agreement.terms')}</h2>
        <Show when={a().terms} fallback={<p class="agreement__blank">{tq('agreement.termsBlank')}</p>}>
          {(terms) => <p class="agreement__text">{terms()}</p>}
        </Show>
      </section>
      <ul class="agreement__signatures plain-list">
        <li>{tq('agreement.sign.applicant')}</li>
        <li>{tq('agreement.sign.other')}</li>
        <li>{tq('agreement.sign.mediator')}</li>
        <li>{tq('agreement.sign.date')}</li>
      </ul>
    </article>
  )
}
