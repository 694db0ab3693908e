export * from './idempotency'
export * from './table'
