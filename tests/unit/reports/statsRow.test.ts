import { describe, expect, it } from '@jest/globals'

import { furthestStage, idOf, sameStats, statsRowOf } from '@/reports/statsRow'

const base = { submittedAt: '2026-12-24T10:00:00.000Z', priority: 'normal', status: 'contacted', formSlug: 'psu-application', routedService: 4 }

describe('a referral\'s statistics record', () => {
  it.each<[string, Record<string, unknown>, number | null, boolean | null]>([
    ['contacted the next working day over Christmas (25, 26 Dec weekend, 28 Dec substitute)', { firstContactAt: '2026-12-29T09:00:00Z', firstContactDueAt: '2026-12-29T23:59:59.999Z' }, 1, true],
    ['contacted the same day', { firstContactAt: '2026-12-24T15:00:00Z', firstContactDueAt: '2026-12-29T23:59:59.999Z' }, 0, true],
    ['contacted a millisecond after its due time', { firstContactAt: '2026-12-30T00:00:00.000Z', firstContactDueAt: '2026-12-29T23:59:59.999Z' }, 2, false],
    ['contacted on an office closure day counts it out', { firstContactAt: '2026-12-31T10:00:00Z', firstContactDueAt: '2027-01-05T23:59:59.999Z', closures: ['2026-12-30'] }, 2, true],
    ['not contacted yet', { status: 'triaged', firstContactAt: null, firstContactDueAt: '2026-12-29T23:59:59.999Z' }, null, null],
  ])('%s', (_, fields, days, within) => {
    const { closures = [], ...facts } = fields as { closures?: string[] }
    const row = statsRowOf({ ...base, ...facts } as never, closures)
    expect(row.workingDaysToFirstContact).toBe(days)
    expect(row.contactedWithinDeadline).toBe(within)
  })

  it('keeps the UK day received (late evening in summer is the next UK day), the service id and no outcome while open', () => {
    const row = statsRowOf({ ...base, submittedAt: '2026-07-01T23:30:00Z', routedService: { id: 7, title: 'Careers' }, outcome: 'no-response' } as never, [])
    expect(row).toMatchObject({ receivedDay: '2026-07-02', service: 7, outcome: null, stage: 'contacted', priority: 'normal' })
    expect(Object.keys(row)).not.toEqual(expect.arrayContaining(['answers']))
  })

  it.each([
    [{ stage: 'new' }, 'new'],
    [{ stage: 'triaged', triagedAt: 'x' }, 'triaged'],
    [{ stage: 'closed', closedAt: 'x' }, 'new'],
    [{ stage: 'closed', closedAt: 'x', triagedAt: 'x', firstContactAt: 'x' }, 'contacted'],
    [{ stage: 'contacted', firstContactAt: 'x', closedAt: 'x' }, 'contacted'],
    [{ stage: 'triaged', triagedAt: 'x', firstContactAt: 'x' }, 'contacted'],
    [{ stage: 'in-support', supportStartedAt: 'x' }, 'in-support'],
  ])('furthest stage of %p is %s', (row, expected) => {
    expect(furthestStage({ triagedAt: null, firstContactAt: null, supportStartedAt: null, closedAt: null, ...row })).toBe(expected)
  })

  it('compares records with ids as text (SQLite numbers, MongoDB strings)', () => {
    const a = statsRowOf({ ...base, routedService: 4 } as never, [])
    expect(sameStats(a, { ...a, service: '4' })).toBe(true)
    expect(sameStats(a, { ...a, stage: 'closed' })).toBe(false)
    expect(idOf({ id: 'abc' })).toBe('abc')
    expect(idOf(undefined)).toBeNull()
  })
})
