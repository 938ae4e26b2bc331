import { describe, expect, it } from '@jest/globals'

import { chartModel, labelKey } from '@/admin/reports/chartData'
import { formatCell } from '@/admin/reports/formatCell'
import { reportViewFixture } from '../../../fixtures/reportView'

const { tables } = reportViewFixture()

describe('a figure drawn as a chart', () => {
  it('draws a suppressed cell as a zero-height gap labelled *, never its number', () => {
    const model = chartModel(tables.received)
    const october = model.data[0]
    expect(october.urgent).toBe(0)
    expect(october[labelKey('urgent')]).toBe('*')
    expect(october[labelKey('routine')]).toBe('20')
  })

  it('draws only the columns that share one unit (one axis): working days where there are some', () => {
    expect(chartModel(tables.timeToContactByService).series.map((series) => series.key)).toEqual(['median', 'p90'])
    expect(chartModel(tables.timeToContactByService).unit).toBe('days')
  })

  it('draws the working days even when a count comes first', () => {
    const table = tables.timeToContactByService
    const withCount = { ...table, columns: [{ key: 'contacted', label: 'Contacted', unit: 'count' as const }, ...table.columns] }
    expect(chartModel(withCount).series.map((series) => series.key)).toEqual(['median', 'p90'])
  })

  it('leaves a figure that does not apply unlabelled', () => {
    const table = { ...tables.timeToContactByService, columns: [tables.timeToContactByService.columns[2]] }
    const coaching = chartModel(table).data[1]
    expect(coaching.withinDeadline).toBe(0)
    expect(coaching[labelKey('withinDeadline')]).toBe('')
  })

  it('labels every bar only while they fit, but a * always', () => {
    const rows = Array.from({ length: 40 }, (_, index) => ({ key: `r${index}`, label: `Week ${index}`, cells: { count: index === 3 ? ('*' as const) : 100 + index } }))
    const model = chartModel({ ...tables.byService, rows })
    expect(model.data[0][labelKey('count')]).toBe('')
    expect(model.data[3][labelKey('count')]).toBe('*')
  })
})

describe('a cell as the table shows it', () => {
  it.each([
    ['*', 'count', '*'],
    [null, 'count', '–'],
    [1234, 'count', '1,234'],
    [0, 'count', '0'],
    [2.25, 'days', '2.3'],
    [3, 'days', '3'],
    [87.5, 'percent', '87.5%'],
    [100, 'percent', '100%'],
  ] as const)('%p %s → %p', (value, unit, shown) => {
    expect(formatCell(value, unit)).toBe(shown)
  })
})
