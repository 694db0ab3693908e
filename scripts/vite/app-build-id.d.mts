import type { Plugin } from 'vite'

export declare const BUILD_ID_HEADER: 'X-App-Version'
export declare function buildIdOf(files: Iterable<readonly [string, string | Uint8Array]>): string
export declare function appBuildId(): Plugin
