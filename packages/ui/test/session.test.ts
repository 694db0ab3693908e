import { ROLES, SCOPE_LEVELS } from '@platform/auth'
import { describe, expect, it, vi } from 'vitest'
import { RequestError } from '../src/api/request-error'
import { goToSignIn, signedIn } from '../src/api/staff-json'
import { LOCALES } from '../src/i18n/locale'
import { staffMessages } from '../src/i18n/messages/staff'
import { ownStationId } from '../src/session/own-station'
import { needsSignIn, returnPath, signInUrl } from '../src/session/sign-in'

const failure = (status: number, code: string) => new RequestError({ status, code, message: code })
const STILL_PENDING = Symbol('still pending')
const settledOrPending = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<typeof STILL_PENDING>((resolve) => setTimeout(() => resolve(STILL_PENDING), 20))])

describe('coming back after signing in', () => {
  it('returns to the page as the browser shows it, app prefix and query included', () => {
    expect(returnPath({ pathname: '/desk/stations/st-1', search: '?q=jiao' })).toBe('/desk/stations/st-1?q=jiao')
    expect(returnPath({ pathname: '/board/', search: '' })).toBe('/board/')
  })

  it('never builds a protocol-relative address that would leave the platform', () => {
    expect(returnPath({ pathname: '//evil.example/x', search: '' })).toBe('/evil.example/x')
    expect(returnPath({ pathname: '///desk/', search: '' })).toBe('/desk/')
  })

  it('passes the return path to the sign-in page as one encoded parameter', () => {
    expect(signInUrl('/desk/stations/st-1?q=jiao&x=1')).toBe(
      '/auth/login?next=%2Fdesk%2Fstations%2Fst-1%3Fq%3Djiao%26x%3D1',
    )
    const next = new URL(signInUrl('/board/?a=1&b=2'), 'https://platform.example').searchParams.get('next')
    expect(next).toBe('/board/?a=1&b=2')
  })
})

describe('a lost session in the staff apps', () => {
  it('sends the user to sign in only for a 401, never for a 403 or a failure to connect', () => {
    expect(needsSignIn(failure(401, 'UNAUTHENTICATED'))).toBe(true)
    expect(needsSignIn(failure(403, 'FORBIDDEN'))).toBe(false)
    expect(needsSignIn(failure(0, 'NETWORK_ERROR'))).toBe(false)
    expect(needsSignIn(failure(500, 'INTERNAL'))).toBe(false)
    expect(needsSignIn(new TypeError('offline'))).toBe(false)
  })

  it('leaves for sign-in when a request answers 401 and shows no error while the page goes', async () => {
    let redirects = 0
    const result = signedIn(Promise.reject(failure(401, 'UNAUTHENTICATED')), () => redirects++)
    expect(await settledOrPending(result)).toBe(STILL_PENDING)
    expect(redirects).toBe(1)
  })

  it('replaces the page by sign-in once, with the page as next, however many requests fail together', async () => {
    const replace = vi.fn()
    vi.stubGlobal('window', { location: { pathname: '/desk/stations/st-1', search: '?q=1', replace } })
    try {
      const lost = () => signedIn(Promise.reject(failure(401, 'UNAUTHENTICATED')))
      await settledOrPending(Promise.all([lost(), lost(), lost()]))
      expect(replace).toHaveBeenCalledTimes(1)
      expect(replace).toHaveBeenCalledWith('/auth/login?next=%2Fdesk%2Fstations%2Fst-1%3Fq%3D1')
      goToSignIn()
      expect(replace).toHaveBeenCalledTimes(1)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('hands a 403 to the screen (the role may not see this) without leaving the page', async () => {
    let redirects = 0
    const forbidden = failure(403, 'FORBIDDEN')
    await expect(signedIn(Promise.reject(forbidden), () => redirects++)).rejects.toBe(forbidden)
    expect(redirects).toBe(0)
  })

  it('passes answers through untouched', async () => {
    let redirects = 0
    expect(await signedIn(Promise.resolve({ stations: [] }), () => redirects++)).toEqual({ stations: [] })
    expect(redirects).toBe(0)
  })
})

describe('who is signed in', () => {
  it('names every staff role of packages/auth in both languages, each differently', () => {
    for (const locale of LOCALES) {
      const names = ROLES.map((role) => staffMessages[locale][`staffRole.${role}`])
      for (const [index, name] of names.entries()) expect(name?.trim(), `${locale} ${ROLES[index]}`).toBeTruthy()
      expect(new Set(names).size).toBe(ROLES.length)
    }
  })

  it('names every scope level in both languages', () => {
    for (const locale of LOCALES) {
      for (const level of SCOPE_LEVELS) expect(staffMessages[locale][`scope.${level}`]?.trim()).toBeTruthy()
    }
  })

  it('opens the officer desk at the own station for station, team and own scopes, at the list for the branch', () => {
    expect(ownStationId({ level: 'station', stationId: 'st-1' })).toBe('st-1')
    expect(ownStationId({ level: 'team', stationId: 'st-1', teamId: 'tm-1' })).toBe('st-1')
    expect(ownStationId({ level: 'own', stationId: 'st-1', teamId: 'tm-1', officerId: 'of-1' })).toBe('st-1')
    expect(ownStationId({ level: 'branch' })).toBeUndefined()
    expect(ownStationId({ level: 'branch', stationId: 'st-1' })).toBeUndefined()
  })
})
