import type { PublicSurveyAnswer, RecordedAnswer } from '@platform/contracts'
import { errorFromBody, RequestError } from '@platform/ui'

/** Sends the answer without an account (the public zone carries no cookies). */
export async function sendAnswer(body: PublicSurveyAnswer, idempotencyKey: string): Promise<RecordedAnswer> {
  let response: Response
  try {
    response = await fetch('/api/assessments/surveys/public', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
      credentials: 'omit',
      body: JSON.stringify(body),
    })
  } catch (cause) {
    throw new RequestError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) })
  }
  const text = await response.text()
  if (!response.ok) throw errorFromBody(response.status, text)
  return JSON.parse(text) as RecordedAnswer
}
