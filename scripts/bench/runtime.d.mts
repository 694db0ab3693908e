// Types of runtime.mjs for the TypeScript reliability tests (tests/reliability).
export declare const RUN_RATE_LIMIT: number
export declare function platformArgs(options: { runDir: string; stateDir: string; port: number }): string[]
export declare function helloArgs(options: { stateDir: string; port: number }): string[]
export declare function pinned(cpu: number | null | undefined, cmd: string, args: string[]): [string, string[]]
export type Runtime = {
  pid: number
  exited: Promise<unknown>
  stop(): Promise<void>
  crash(): Promise<void>
}
export declare function startRuntime(options: {
  args: string[]
  cpu?: number | null
  logFile?: string
  port: number
}): Promise<Runtime>
export declare function waitFor(url: string, options?: { timeoutMs?: number }): Promise<void>
