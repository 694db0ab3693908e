/** Counts the stub workers answer over RPC: values the real seed never produces, so a test can tell where they came from. */
export const stubCounts = {
  communities: { stations: 3, communities: 17 },
  officers: { dedicatedOfficers: 29, groups: 11 },
}
