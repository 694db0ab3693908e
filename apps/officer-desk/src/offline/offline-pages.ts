// The pages an officer needs without a connection (Today, Tasks, the outbox) load apart from the
// desk's first bundle, and are fetched as soon as the desk is idle: once the desk has loaded
// online, they open offline too (an imported module stays in the page's module map).

export const loadToday = () => import('../tasks/Today').then((module) => ({ default: module.Today }))
export const loadTasks = () => import('../tasks/Tasks').then((module) => ({ default: module.Tasks }))
export const loadOutboxPage = () => import('./OutboxPage').then((module) => ({ default: module.OutboxPage }))

/** Fetches the offline pages when the browser is idle (right away where it cannot say). */
export function warmOfflinePages(): void {
  const load = () => {
    for (const page of [loadToday, loadTasks, loadOutboxPage]) page().catch(() => undefined)
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 3000 })
  else setTimeout(load, 0)
}
