import { describe, expect, it } from '@jest/globals'

import { STAGES } from '@/casework/stages'
import { traineeStatus, type StageRecord } from '@/casework/traineeStatus'

const SUBMITTED = '2026-11-02T09:00:00.000Z'

describe('traineeStatus', () => {
  it.each([
    ['new', {}, 'We have received your referral'],
    ['triaged', {}, 'A member of the team is looking at it'],
    ['contacted', {}, 'We have contacted you'],
    ['in-support', {}, 'You are receiving support'],
    ['closed', { outcome: 'support-completed' }, 'Closed: Support completed'],
    ['closed', { outcome: 'referred-elsewhere' }, 'Closed: Referred elsewhere'],
    ['closed', { outcome: 'no-response' }, 'Closed: No response'],
    ['closed', {}, 'Closed'],
    ['closed', { outcome: 'made-up' }, 'Closed'],
  ])('words stage %s %j as "%s"', (status, extra, description) => {
    expect(traineeStatus({ status, submittedAt: SUBMITTED, ...extra }).description).toBe(description)
  })

  it('has words for every stage', () => {
    for (const status of STAGES) expect(traineeStatus({ status, outcome: 'not-eligible' }).description).toMatch(/\w/)
  })

  it('treats an unknown or missing stage as received', () => {
    expect(traineeStatus({ status: 'archived' })).toMatchObject({ stage: 'new', description: 'We have received your referral' })
    expect(traineeStatus({})).toMatchObject({ stage: 'new', changedAt: undefined })
  })

  it.each<[string, StageRecord, string]>([
    ['arrival only', { status: 'new', submittedAt: SUBMITTED }, SUBMITTED],
    ['latest stage time', { status: 'contacted', submittedAt: SUBMITTED, triagedAt: '2026-11-03T10:00:00.000Z', firstContactAt: '2026-11-05T10:00:00.000Z' }, '2026-11-05T10:00:00.000Z'],
    ['stage times out of order', { status: 'closed', submittedAt: SUBMITTED, closedAt: '2026-11-04T10:00:00.000Z', firstContactAt: '2026-11-09T10:00:00.000Z' }, '2026-11-09T10:00:00.000Z'],
    ['unreadable times ignored', { status: 'triaged', submittedAt: SUBMITTED, triagedAt: 'not a date', closedAt: null }, SUBMITTED],
  ])('dates the last change by the %s', (_, record, changedAt) => {
    expect(traineeStatus(record).changedAt).toBe(changedAt)
  })

  it('gives nothing but the stage, its words and the date', () => {
    const record = { status: 'contacted', submittedAt: SUBMITTED, answers: { email: 'a@b.c' }, notes: [{ text: 'private' }] } as StageRecord
    expect(Object.keys(traineeStatus(record)).sort()).toEqual(['changedAt', 'description', 'stage'])
  })
})
