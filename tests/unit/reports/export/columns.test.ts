import { describe, expect, it } from '@jest/globals'

import { exportColumns, exportFilename, exportRecord, weekBeginning, withinDeadline, type ExportStatistic } from '@/reports/export/columns'
import { csvStream, csvText } from '@/reports/export/csvStream'

const NOW = new Date('2026-11-30T12:00:00Z')
const names = { services: new Map([['4', 'Careers Unit']]), forms: new Map([['psu-application', 'Apply for support from the PSU']]) }
const row: ExportStatistic = {
  id: 1,
  referral: 9,
  service: 4,
  formSlug: 'psu-application',
  staffGroup: 'healthcareProfessional',
  region: 'kss',
  priority: 'urgent',
  stage: 'closed',
  outcome: 'no-response',
  receivedDay: '2026-11-29',
  firstContactDueAt: '2026-11-30T23:59:59.999Z',
  firstContactAt: '2026-11-30T10:00:00.000Z',
  workingDaysToFirstContact: 1,
  contactedWithinDeadline: true,
}

describe('export columns', () => {
  it('writes labels people read, and nothing that names the trainee', () => {
    expect(exportRecord(row, names, NOW)).toEqual([
      'Careers Unit', 'Apply for support from the PSU', 'Nurse, midwife or other healthcare professional', 'Kent, Surrey and Sussex',
      '2026-11-23', 'Urgent', 'Closed', 'No response', 1, 'Yes',
    ])
    expect(exportRecord({ ...row, service: null, staffGroup: null, region: undefined, outcome: null, stage: 'new', workingDaysToFirstContact: null, firstContactAt: null }, names, NOW).slice(0, 4)).toEqual([
      'No service', 'Apply for support from the PSU', 'Not stated', 'Not stated',
    ])
    expect(exportColumns(false)).toHaveLength(10)
  })

  it('puts the identified columns first for an identified export', () => {
    const identity = { reference: 'K7PX2MRQ', applicantName: 'Demo Trainee 1', applicantEmail: 'demo.trainee.1@example.com', submittedAt: '2026-11-29T09:00:00.000Z' }
    expect(exportRecord(row, names, NOW, identity).slice(0, 5)).toEqual(['K7PX2MRQ', 'Demo Trainee 1', 'demo.trainee.1@example.com', '2026-11-29T09:00:00.000Z', 'Careers Unit'])
    expect(exportColumns(true).slice(0, 4)).toEqual(['Reference', 'Applicant name', 'Applicant email', 'Submitted at'])
  })

  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026-12-06', '2026-11-30'],
    ['2026-03-29', '2026-03-23'],
    ['2027-01-01', '2026-12-28'],
  ])('the week of %s begins on Monday %s', (day, monday) => expect(weekBeginning(day)).toBe(monday))

  it.each([
    ['contacted in time', { firstContactAt: '2026-11-30T10:00:00Z', contactedWithinDeadline: true }, 'Yes'],
    ['contacted late', { firstContactAt: '2026-11-30T10:00:00Z', contactedWithinDeadline: false }, 'No'],
    ['not contacted, deadline passed', { firstContactAt: null, firstContactDueAt: '2026-11-27T23:59:59.999Z' }, 'No'],
    ['not contacted, not yet due', { firstContactAt: null, firstContactDueAt: '2026-12-01T23:59:59.999Z' }, ''],
  ])('within deadline when %s', (_label, change, expected) => expect(withinDeadline({ ...row, ...change }, NOW)).toBe(expected))

  it('names the file by the days it covers and the day it was made', () => {
    expect(exportFilename('2026-01-01', '2026-06-30', NOW, false)).toBe('psu-referrals-2026-01-01-to-2026-06-30-downloaded-2026-11-30.csv')
    expect(exportFilename('2026-01-01', '2026-06-30', NOW, true)).toBe('psu-referrals-identified-2026-01-01-to-2026-06-30-downloaded-2026-11-30.csv')
  })
})

describe('csv', () => {
  it.each(['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j so a spreadsheet shows it as text', (cell) => {
    expect(csvText([[cell]])).toMatch(/^"?'/)
  })

  it('leaves numbers, ordinary text and quotes as CSV has them', () => {
    expect(csvText([[-3, 'O\'Neill, "Liam"', 'plain']])).toBe('-3,"O\'Neill, ""Liam""",plain\r\n')
    expect(csvText([], ['A', 'B'])).toBe('\uFEFFA,B\r\n')
  })

  async function* batches(count: number) {
    for (let index = 0; index < count; index += 1) yield [[index, 'x']]
  }

  it('reports the end once, with every row, when read to the end', async () => {
    const ends: unknown[] = []
    const bytes = await new Response(csvStream(['n', 'x'], batches(3), async (end) => void ends.push(end))).arrayBuffer()
    // Read as bytes: a text decoder would drop the byte-order mark Excel needs.
    const text = Buffer.from(bytes).toString('utf8')
    expect(text).toBe('\uFEFFn,x\r\n0,x\r\n1,x\r\n2,x\r\n')
    expect(ends).toEqual([{ rows: 3, complete: true }])
  })

  it('reports the end once, as cut off, when the reader cancels', async () => {
    const ends: unknown[] = []
    const reader = csvStream(['n', 'x'], batches(100), async (end) => void ends.push(end)).getReader()
    await reader.read()
    await reader.read()
    await reader.cancel()
    expect(ends).toHaveLength(1)
    expect(ends[0]).toMatchObject({ complete: false })
  })
})
