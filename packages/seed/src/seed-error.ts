/** A problem the person seeding can fix (the message says how); the CLI prints it without a stack. */
export class SeedError extends Error {}
