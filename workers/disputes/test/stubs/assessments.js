import { WorkerEntrypoint } from 'cloudflare:workers'

// Stand-in for the assessments worker in the disputes tests: recordDisputeSurvey keeps the first
// answer per dispute, like the real one. The tests switch it down and up over fetch (`/down`,
// `/up`) to see the outbox at work, and read what it holds (`/answers`, `/calls`).
const answers = new Map()
let down = false
let calls = 0

export default class extends WorkerEntrypoint {
  async fetch(request) {
    const path = new URL(request.url).pathname
    if (path === '/down') down = true
    if (path === '/up') down = false
    if (path === '/calls') return Response.json({ calls })
    return Response.json({ down, answers: [...answers.values()] })
  }

  async recordDisputeSurvey(answer) {
    calls += 1
    if (down) throw new Error('assessments database unavailable')
    if (answers.has(answer.disputeId)) return { recorded: false }
    answers.set(answer.disputeId, answer)
    return { recorded: true }
  }
}
