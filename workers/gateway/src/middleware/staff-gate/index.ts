export { staffGate } from './staff-gate'
