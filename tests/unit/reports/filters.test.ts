import { describe, expect, it } from '@jest/globals'

import { parseReportFilters } from '@/reports/filters'

/** Monday 30 November 2026, 23:30 GMT. */
const NOW = new Date('2026-11-30T23:30:00Z')
const SERVICES = ['careers-unit', 'coaching-service']

describe('report filters from GET parameters', () => {
  it.each<[string, Record<string, string | string[]>, object]>([
    ['defaults: last 12 months by month', {}, { from: '2025-12-01', to: '2026-11-30', group: 'month' }],
    ['dates and week', { from: '2026-01-05', to: '2026-03-01', group: 'week' }, { from: '2026-01-05', to: '2026-03-01', group: 'week' }],
    ['only to: the 12 months up to it', { to: '2026-06-15' }, { from: '2025-07-01', to: '2026-06-15', group: 'month' }],
    ['a known service', { service: 'careers-unit' }, { service: 'careers-unit' }],
    ['blank values are defaults', { from: '', service: ' ' }, { from: '2025-12-01', group: 'month' }],
    ['one day', { from: '2026-11-30', to: '2026-11-30' }, { from: '2026-11-30', to: '2026-11-30' }],
  ])('%s', (_, params, expected) => {
    const result = parseReportFilters(params, NOW, SERVICES)
    expect(result).toMatchObject({ ok: true, filters: expected })
  })

  it.each<[string, Record<string, string | string[]>, string]>([
    ['not a date', { from: 'yesterday' }, 'from'],
    ['an impossible date', { to: '2026-02-30' }, 'to'],
    ['to before from', { from: '2026-05-02', to: '2026-05-01' }, 'to'],
    ['more than five years', { from: '2020-01-01', to: '2026-01-01' }, 'from'],
    ['in the future', { to: '2026-12-01' }, 'to'],
    ['an unknown service', { service: 'nope' }, 'service'],
    ['a service that is not a slug', { service: '<script>' }, 'service'],
    ['an unknown grouping', { group: 'year' }, 'group'],
    ['a parameter given twice', { group: ['week', 'month'] }, 'group'],
  ])('refuses %s with a message for the field', (_, params, field) => {
    const result = parseReportFilters(params, NOW, SERVICES)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((error) => error.field)).toContain(field)
    expect(result.errors.every((error) => error.message.length > 5)).toBe(true)
  })

  it('reads URLSearchParams too', () => {
    expect(parseReportFilters(new URLSearchParams('group=week&service=coaching-service'), NOW, SERVICES)).toMatchObject({ ok: true, filters: { group: 'week', service: 'coaching-service' } })
  })
})
