// Ids the stubs answer about: the same as test/case-fixtures.ts (stations S1, S2; officers E1–E3 in
// S1, E9 in S2), plus a station whose peers fail and communities C1, C2 (S1) and C9 (S2).
export const S1 = '01JD00000000000000000000S1'
export const S2 = '01JD00000000000000000000S2'
export const BROKEN = '01JD0000000000000000000BRK'
export const E1 = '01JD00000000000000000000E1'
export const E2 = '01JD00000000000000000000E2'
export const E3 = '01JD00000000000000000000E3'
export const E9 = '01JD00000000000000000000E9'
export const C1 = '01JD00000000000000000000C1'
export const C2 = '01JD00000000000000000000C2'
export const C9 = '01JD00000000000000000000C9'
export const C_BROKEN = '01JD0000000000000000000C66'
export const G1 = '01JD00000000000000000000G1'
export const G2 = '01JD00000000000000000000G2'

/** Asking about the broken station throws, as a failing worker would. */
export function failFor(period) {
  if (period?.stationId === BROKEN) throw new Error('peer database unavailable')
}
export const inStation = (period) => (row) => !period?.stationId || row.stationId === period.stationId
