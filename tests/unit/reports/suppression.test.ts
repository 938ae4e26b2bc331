import { describe, expect, it } from '@jest/globals'

import { type DraftTable, finishTable, hiddenCells, suppressCount, suppressFigure } from '@/reports/suppression'

const columns = (...keys: string[]) => keys.map((key) => ({ key, label: key, unit: 'count' as const }))

/** A table of count columns; the last row given is the total when `withTotal`. */
function draft(keys: string[], values: number[][], options: { withTotal?: boolean; rowSum?: boolean } = {}): DraftTable {
  const toRow = (row: number[], index: number | 'total') => ({ key: String(index), label: String(index), counts: Object.fromEntries(keys.map((key, k) => [key, row[k]])) })
  const rows = options.withTotal ? values.slice(0, -1) : values
  return {
    id: 't',
    title: 't',
    caption: 't',
    rowHeader: 'r',
    columns: columns(...keys),
    rows: rows.map(toRow),
    ...(options.withTotal ? { total: toRow(values[values.length - 1], 'total'), additive: keys } : {}),
    ...(options.rowSum ? { rowSum: { whole: keys[keys.length - 1], parts: keys.slice(0, -1) } } : {}),
  }
}

const shown = (table: DraftTable) => {
  const finished = finishTable(table, true)
  return [...finished.rows, ...(finished.total ? [finished.total] : [])].map((row) => table.columns.map(({ key }) => row.cells[key]))
}

describe('primary suppression of counts', () => {
  it.each([
    [0, 0],
    [1, '*'],
    [3, '*'],
    [7, '*'],
    [8, 8],
    [120, 120],
  ])('%i is shown as %p', (n, expected) => {
    expect(suppressCount(n)).toBe(expected)
  })

  it.each([
    [2.5, 7, '*'],
    [2.5, 8, 2.5],
    [40, 0, '*'],
  ])('a figure %p based on %i referrals is shown as %p', (value, base, expected) => {
    expect(suppressFigure(value, base)).toBe(expected)
  })
})

describe('secondary suppression', () => {
  it.each<[string, number[][], { withTotal?: boolean; rowSum?: boolean }, Array<Array<number | '*'>>]>([
    ['no small cells: nothing hidden', [[10], [20], [30]], { withTotal: true }, [[10], [20], [30]]],
    ['one small cell in a column with its total: the next-smallest goes too', [[3], [12], [40], [55]], { withTotal: true }, [['*'], ['*'], [40], [55]]],
    ['two small cells already protect each other', [[3], [4], [40], [47]], { withTotal: true }, [['*'], ['*'], [40], [47]]],
    ['zeros are shown and never picked to hide', [[0], [5], [0], [20], [25]], { withTotal: true }, [[0], ['*'], [0], ['*'], [25]]],
    ['without a total nothing can be worked out', [[3], [12], [40]], {}, [['*'], [12], [40]]],
    ['a row sum: urgent + routine = total', [[2, 30, 32]], { rowSum: true }, [['*', '*', 32]]],
    [
      'rows and columns until stable',
      [
        [2, 10, 12],
        [9, 20, 29],
        [11, 30, 41],
      ],
      { withTotal: true, rowSum: true },
      [
        ['*', '*', 12],
        ['*', '*', 29],
        [11, 30, 41],
      ],
    ],
    [
      'a small total counts as a hidden cell of its column',
      [
        [5, 0, 5],
        [20, 30, 50],
        [25, 30, 55],
      ],
      { withTotal: true, rowSum: true },
      [
        ['*', 0, '*'],
        ['*', 30, '*'],
        [25, 30, 55],
      ],
    ],
  ])('%s', (_, values, options, expected) => {
    const keys = values[0].length === 1 ? ['n'] : ['urgent', 'routine', 'total']
    expect(shown(draft(keys, values, options))).toEqual(expected)
  })

  it('leaves no line with exactly one hidden cell (random tables)', () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let round = 0; round < 200; round += 1) {
      const rows = Array.from({ length: 2 + Math.floor(random() * 5) }, () => {
        const urgent = Math.floor(random() * 12)
        const routine = Math.floor(random() * 30)
        return [urgent, routine, urgent + routine]
      })
      const total = [0, 1, 2].map((k) => rows.reduce((sum, row) => sum + row[k], 0))
      const table = draft(['urgent', 'routine', 'total'], [...rows, total], { withTotal: true, rowSum: true })
      const hidden = hiddenCells(table)
      const isHidden = (row: number, column: string) => hidden.has(`${row === rows.length ? -1 : row}:${column}`)
      for (let r = 0; r <= rows.length; r += 1) expect(['urgent', 'routine', 'total'].filter((c) => isHidden(r, c))).not.toHaveLength(1)
      for (const c of ['urgent', 'routine', 'total']) expect(Array.from({ length: rows.length + 1 }, (_, r) => isHidden(r, c)).filter(Boolean)).not.toHaveLength(1)
    }
  })
})

describe('derived figures', () => {
  const table: DraftTable = {
    id: 't',
    title: 't',
    caption: 't',
    rowHeader: 'r',
    columns: [
      { key: 'contacted', label: 'Contacted', unit: 'count' },
      { key: 'median', label: 'Median', unit: 'days' },
      { key: 'within', label: 'Within deadline', unit: 'percent' },
    ],
    rows: [
      { key: 'few', label: 'few', counts: { contacted: 5 }, derived: { median: { value: 2, base: 5 }, within: { value: 80, base: 5, numerator: 4 } } },
      { key: 'many', label: 'many', counts: { contacted: 20 }, derived: { median: { value: 3, base: 20 }, within: { value: 25, base: 20, numerator: 5 } } },
      { key: 'most', label: 'most', counts: { contacted: 40 }, derived: { median: { value: 1, base: 40 }, within: { value: 90, base: 40, numerator: 36 } } },
      { key: 'none', label: 'none', counts: { contacted: 0 }, derived: { median: { value: null, base: 0 }, within: { value: null, base: 0 } } },
      { key: 'plenty', label: 'plenty', counts: { contacted: 100 }, derived: { median: { value: 2, base: 100 }, within: { value: 80, base: 100, numerator: 80 } } },
    ],
  }

  it('hides figures based on fewer than 8 and percentages whose numerator or remainder is small; null stays null', () => {
    expect(finishTable(table, true).rows.map((row) => row.cells)).toEqual([
      { contacted: '*', median: '*', within: '*' },
      { contacted: 20, median: 3, within: '*' },
      // 90% of 40 would say 4 were late.
      { contacted: 40, median: 1, within: '*' },
      { contacted: 0, median: null, within: null },
      { contacted: 100, median: 2, within: 80 },
    ])
  })

  it('a percentage whose numerator column is hidden is hidden', () => {
    const funnel: DraftTable = {
      ...table,
      columns: [
        { key: 'n', label: 'n', unit: 'count' },
        { key: 'share', label: 'share', unit: 'percent' },
      ],
      rows: [{ key: 'a', label: 'a', counts: { n: 6 }, derived: { share: { value: 6, base: 100, numerator: 'n' } } }],
    }
    expect(finishTable(funnel, true).rows[0].cells).toEqual({ n: '*', share: '*' })
  })

  it('shows every number when suppression is off', () => {
    expect(finishTable(table, false).rows[0].cells).toEqual({ contacted: 5, median: 2, within: 80 })
  })
})
