export * from './append'
export * from './hash'
export * from './table'
export * from './verify'
