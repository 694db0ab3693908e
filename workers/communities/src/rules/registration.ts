// Registration figures of a community month ("double 100 %", 双百): the share of the floating
// population and of the rental homes known to the community that are registered.

export type RegistrationCountsLike = {
  floatingKnown: number
  floatingRegistered: number
  rentalKnown: number
  rentalRegistered: number
}

/** registered / known; null when nothing is known (no rate to speak of). */
export const shareOf = (registered: number, known: number): number | null => (known > 0 ? registered / known : null)

/**
 * The month's rates and whether it reaches "double 100 %". A community with nothing known to
 * register has nothing left unregistered, so its rate is complete (1).
 */
export function registrationRates(counts: RegistrationCountsLike, target = 1) {
  const floatingRate = shareOf(counts.floatingRegistered, counts.floatingKnown) ?? 1
  const rentalRate = shareOf(counts.rentalRegistered, counts.rentalKnown) ?? 1
  return { floatingRate, rentalRate, doubleHundred: floatingRate >= target && rentalRate >= target }
}
