import type { RouteHandler } from '@hono/zod-openapi'
import { DisputeIntake, DisputeIntakeForm, ErrorCode, type IntakeReceipt, intakeFromForm } from '@platform/contracts'
import { ApiError, IDEMPOTENCY_HEADER, runIdempotent, type StoredAnswer } from '@platform/server-kit'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { createDispute } from '../../disputes/create-dispute'
import { newId } from '../../disputes/new-id'
import { publicStations } from '../../disputes/public-stations'
import { limitByAddress } from '../../disputes/rate-limit'
import { type FieldErrors, IntakeFormPage } from '../../pages/intake-form-page'
import { localeOf, switchLanguage } from '../../pages/locale'
import { translator } from '../../pages/messages'
import { ReceiptPage } from '../../pages/receipt-page'
import { ErrorPage } from '../../pages/status-page'
import { askPeer, communitiesOf } from '../../peers'
import { today } from '../qihe/roster.queries'
import { formErrors } from './form-errors'
import type { intakeFormRoute, intakeRoute } from './intake.routes'

type Intake = ReturnType<typeof DisputeIntake.parse>

const isJson = (type: string) => /^application\/json\b/i.test(type)
const isForm = (type: string) => /^application\/x-www-form-urlencoded\b/i.test(type)

const communityUnknown = () =>
  new ApiError(400, ErrorCode.validationFailed, 'Invalid json: communityId', {
    target: 'json',
    fields: [{ path: 'communityId', code: 'unknown_community', message: 'no such community' }],
  })

/**
 * Runs the intake once per key: the community is checked with the communities worker (which
 * also says its station and grid), then the dispute is stored with the idempotency record.
 */
function receive(c: Context<AppEnv>, intake: Intake, key: string): Promise<StoredAnswer> {
  const db = createDb(c.env)
  return runIdempotent(
    db,
    { caller: 'public', operation: 'dispute.intake', key, body: intake, sealKey: c.env.DISPUTES_DATA_KEY },
    async (remember) => {
      const place = await askPeer('communities', () => communitiesOf(c.env).gridOfCommunity(intake.communityId))
      if (!place) throw communityUnknown()
      return createDispute(
        db,
        {
          intake,
          place: { stationId: place.stationId, gridId: place.gridId },
          dataKey: c.env.DISPUTES_DATA_KEY,
          requestId: c.get('requestId'),
        },
        remember,
      )
    },
  )
}

export const postIntake: RouteHandler<typeof intakeRoute, AppEnv> = async (c) => {
  await limitByAddress(c, c.env.INTAKE_LIMITER)
  const type = c.req.header('Content-Type') ?? ''
  if (isForm(type)) return postIntakeForm(c)
  if (!isJson(type)) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON or a form post')
  const key = c.req.header(IDEMPOTENCY_HEADER)
  if (!key) throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'Send an Idempotency-Key header')
  // The route validated the JSON already; parse again for the defaults (otherParties: []).
  const answer = await receive(c, DisputeIntake.parse(await c.req.json()), key)
  return c.json(answer.body as IntakeReceipt, answer.status as 201)
}

/** The no-JavaScript path: the same schema, answered with pages instead of JSON. */
async function postIntakeForm(c: Context<AppEnv>) {
  const locale = localeOf(c)
  const values = DisputeIntakeForm.parse(
    Object.fromEntries(
      Object.entries(await c.req.parseBody()).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]),
    ),
  )
  const key = values.idempotencyKey || newId()
  const showForm = async (errors: FieldErrors) =>
    c.html(
      <IntakeFormPage
        locale={locale}
        stations={(await publicStations(c.env)).stations}
        idempotencyKey={key}
        values={values}
        errors={errors}
      />,
      400,
    )
  const parsed = DisputeIntake.safeParse(intakeFromForm(values))
  if (!parsed.success) return showForm(formErrors(parsed.error.issues, values))
  try {
    const answer = await receive(c, parsed.data, key)
    const receipt = answer.body as IntakeReceipt
    return c.html(<ReceiptPage locale={locale} receipt={receipt} origin={new URL(c.req.url).origin} />, 201)
  } catch (err) {
    if (err instanceof ApiError && err.code === ErrorCode.validationFailed)
      return showForm({ communityId: 'error.community' })
    if (err instanceof ApiError && err.status < 500) {
      const status = err.status as ContentfulStatusCode
      return c.html(<ErrorPage locale={locale} message={err.message} />, status)
    }
    throw err
  }
}

export const getIntakeForm: RouteHandler<typeof intakeFormRoute, AppEnv> = async (c) => {
  const switched = switchLanguage(c)
  if (switched) return switched as never
  const locale = localeOf(c)
  try {
    const { stations } = await publicStations(c.env)
    const present = await today(createDb(c.env)).catch(() => null)
    return c.html(<IntakeFormPage locale={locale} stations={stations} idempotencyKey={newId()} today={present} />, 200)
  } catch {
    const t = translator(locale)
    return c.html(<ErrorPage locale={locale} message={t('error.unavailable')} />, 502)
  }
}
