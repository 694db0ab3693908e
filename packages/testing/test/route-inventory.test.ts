import { describe, expect, it } from 'vitest'
import { fillPath, inventory } from '../src/route-inventory'

const op = (permission?: unknown) => (permission === undefined ? { summary: 'x' } : { 'x-permission': permission })

describe('the route inventory the route × role test trusts', () => {
  it('reads each operation with its permission', () => {
    const { operations, problems } = inventory(
      {
        paths: { '/api/w/a/{id}': { get: op('roster.read'), parameters: [] }, '/api/w/health': { get: op('public') } },
      },
      [
        { method: 'ALL', path: '/*' },
        { method: 'GET', path: '/api/w/a/:id' },
        { method: 'GET', path: '/api/w/a/:id' },
        { method: 'GET', path: '/api/w/health' },
      ],
    )
    expect(problems).toEqual([])
    expect(operations).toEqual([
      { method: 'GET', path: '/api/w/a/{id}', permission: 'roster.read' },
      { method: 'GET', path: '/api/w/health', permission: 'public' },
    ])
  })

  it('fails an operation that declares no permission', () => {
    const { problems } = inventory({ paths: { '/api/w/a': { post: op() } } }, [{ method: 'POST', path: '/api/w/a' }])
    expect(problems).toEqual(['POST /api/w/a declares no x-permission'])
  })

  it('fails an operation whose permission is not in the matrix', () => {
    const { problems } = inventory({ paths: { '/api/w/a': { get: op('roster.write') } } }, [
      { method: 'GET', path: '/api/w/a' },
    ])
    expect(problems).toEqual(['GET /api/w/a declares an unknown permission "roster.write"'])
  })

  it('fails a route the app serves outside the document, and a documented route it does not serve', () => {
    const { problems } = inventory({ paths: { '/api/w/a': { get: op('public') } } }, [
      { method: 'GET', path: '/api/w/secret/:id{[0-9]+}' },
    ])
    expect(problems).toEqual([
      'GET /api/w/secret/{id} is served but not in the OpenAPI document',
      'GET /api/w/a is documented but not served',
    ])
  })

  it('fills path parameters with fixture ids, and says which one is missing', () => {
    expect(fillPath('/api/w/grids/{gridId}/x', { gridId: 'G1' })).toBe('/api/w/grids/G1/x')
    expect(() => fillPath('/api/w/{id}', {})).toThrow('{id}')
  })
})
