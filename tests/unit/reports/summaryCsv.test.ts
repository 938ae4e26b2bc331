import { describe, expect, it } from '@jest/globals'

import { SUMMARY_CSV_HEADER, summaryCsv, summaryCsvFileName } from '@/reports/summaryCsv'
import { REPORT_TABLE_IDS } from '@/reports/types'
import { reportViewFixture } from '../../fixtures/reportView'

const parse = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n')

describe('the summary CSV of the reports view', () => {
  const report = reportViewFixture()
  const { csv, rows } = summaryCsv(report)
  const lines = parse(csv)

  it('starts with a byte-order mark and a header, one line per cell after it', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(lines[0]).toBe(SUMMARY_CSV_HEADER.join(','))
    const cells = REPORT_TABLE_IDS.reduce((sum, id) => {
      const table = report.tables[id]
      return sum + (table.rows.length + (table.total ? 1 : 0)) * table.columns.length
    }, 0)
    expect(rows).toBe(cells)
    expect(lines).toHaveLength(cells + 1)
  })

  it.each([
    ['a count', 'Referrals received,Month,November 2026,Routine,count,1234'],
    ['a suppressed count as *', 'Referrals received,Month,October 2026,Urgent,count,*'],
    ['days', 'Time to first contact by service,Service,Careers Unit,Median (working days),days,2.5'],
    ['a percentage', 'Time to first contact by service,Service,Careers Unit,Contacted within deadline,percent,87.5'],
    ['a figure that does not apply as empty', 'Time to first contact by service,Service,Coaching Service,Contacted within deadline,percent,'],
    ['a total row', 'Figure byService,Category,Total,Referrals,count,*'],
  ])('writes %s', (_, line) => {
    expect(lines).toContain(line)
  })

  it('keeps a label a spreadsheet would run as a formula as text', () => {
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m)
    expect(lines).toContain(`Figure byService,Category,"'=HYPERLINK(""x"")",Referrals,count,*`)
  })

  it.each([
    [{ from: '2025-12-01', to: '2026-11-30', group: 'month' as const }, 'psu-report-2025-12-01-to-2026-11-30.csv'],
    [{ from: '2026-01-01', to: '2026-03-31', group: 'week' as const, service: 'careers-unit' }, 'psu-report-2026-01-01-to-2026-03-31-careers-unit.csv'],
  ])('names the file after the filters %p', (filters, name) => {
    expect(summaryCsvFileName(reportViewFixture({ filters }))).toBe(name)
  })
})
