import { describe, expect, it } from '@jest/globals'

import { type Cell, emptyCounts } from '@/reports/cellCounts'
import { buildReportView } from '@/reports/reportTables'
import { REPORT_TABLE_IDS } from '@/reports/types'

/** A seeded random source, so a failure can be replayed. */
function randomFrom(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 16807) % 2147483647
    return state % below
  }
}

function randomCells(random: (below: number) => number): Cell[] {
  const cells: Cell[] = []
  for (let day = 1; day <= 28; day += 1) {
    for (const serviceKey of ['1', '2', 'none']) {
      if (random(3) === 0) continue
      const counts = emptyCounts()
      const n = random(6)
      counts.total = n
      counts.priority = { urgent: random(n + 1) }
      counts.priority.normal = n - counts.priority.urgent
      counts.staffGroup = { doctor: n }
      counts.region = { london: n }
      counts.form = { 'psu-application': n }
      counts.furthest = { 'in-support': n }
      counts.outcome = { 'support-completed': n }
      counts.daysToContact = n ? { [String(random(6))]: n } : {}
      counts.withinDeadline = random(n + 1)
      cells.push({ day: `2026-11-${String(day).padStart(2, '0')}`, serviceKey, counts })
    }
  }
  return cells
}

describe('the report as sent to the browser', () => {
  it.each(Array.from({ length: 40 }, (_, seed) => [seed + 1]))('never shows a count from 1 to 7 (data set %i)', (seed) => {
    const random = randomFrom(seed)
    const input = {
      filters: { from: '2026-11-01', to: '2026-11-28', group: 'week' as const },
      cells: randomCells(random),
      services: [{ key: '1', title: 'Careers Unit' }, { key: '2', title: 'Coaching' }],
      forms: { 'psu-application': 'PSU application' },
      open: { byStage: { new: random(12), triaged: random(4) }, byDay: { '2026-11-20': random(10) }, overdue: random(10) },
      today: '2026-11-28',
    }
    const generatedAt = new Date('2026-11-28T12:00:00Z')
    const view = buildReportView(input, { suppress: true, generatedAt })
    const truth = buildReportView(input, { suppress: false, generatedAt })
    expect(Object.keys(view.tables).sort()).toEqual([...REPORT_TABLE_IDS].sort())
    for (const [id, table] of Object.entries(view.tables)) {
      const trueRows = [...truth.tables[id as keyof typeof truth.tables].rows, truth.tables[id as keyof typeof truth.tables].total]
      for (const [index, row] of [...table.rows, ...(table.total ? [table.total] : [])].entries()) {
        for (const column of table.columns.filter((c) => c.unit === 'count')) {
          const cell = row.cells[column.key]
          expect(cell === '*' || cell === 0 || (typeof cell === 'number' && cell >= 8)).toBe(true)
        }
        // A figure over 1 to 7 contacted referrals is hidden.
        const contacted = trueRows[index]?.cells.contacted
        if (typeof contacted === 'number' && contacted > 0 && contacted < 8) expect([row.cells.median, row.cells.p90, row.cells.withinDeadline]).toEqual(['*', '*', '*'])
      }
    }
    expect(view.overdueNow === '*' || view.overdueNow === 0 || (view.overdueNow as number) >= 8).toBe(true)
  })

  it('labels weeks by their Monday and keeps empty ones', () => {
    const view = buildReportView(
      { filters: { from: '2026-11-01', to: '2026-11-15', group: 'week' }, cells: [], services: [], forms: {}, open: { byStage: {}, byDay: {}, overdue: 0 }, today: '2026-11-15' },
      { suppress: true, generatedAt: new Date() },
    )
    expect(view.tables.received.rows.map((row) => [row.label, row.cells.total])).toEqual([
      ['w/c 26 Oct 2026', 0],
      ['w/c 2 Nov 2026', 0],
      ['w/c 9 Nov 2026', 0],
    ])
  })
})
