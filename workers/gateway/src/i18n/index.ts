export * from './locale'
export { type MessageKey, messages } from './messages'
export { type Translate, translator } from './translate'
