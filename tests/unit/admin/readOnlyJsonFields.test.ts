import { describe, expect, it } from '@jest/globals'
import type { Field } from 'payload'

import { JSON_FIELD_COMPONENT, readOnlyJsonFields } from '@/admin/readOnlyJsonFields'

const componentOf = (field: Field | undefined) =>
  field && 'admin' in field ? (field.admin?.components as { Field?: unknown } | undefined)?.Field : undefined

describe('readOnlyJsonFields', () => {
  it('shows every json and code field, at any depth, with the read-only JSON view', () => {
    const fields: Field[] = [
      { name: 'input', type: 'json' },
      { name: 'title', type: 'text' },
      { name: 'log', type: 'array', fields: [{ name: 'output', type: 'json' }, { name: 'note', type: 'text' }] },
      { type: 'row', fields: [{ name: 'snippet', type: 'code' }] },
      { type: 'tabs', tabs: [{ label: 'One', fields: [{ name: 'error', type: 'json', admin: { description: 'Why it failed' } }] }] },
    ]
    type WithFields = Field & { fields: Field[] }
    type WithTabs = Field & { tabs: { fields: Field[] }[] }
    const [input, title, log, row, tabs] = readOnlyJsonFields(fields) as [Field, Field, WithFields, WithFields, WithTabs]
    expect(componentOf(input)).toBe(JSON_FIELD_COMPONENT)
    expect(componentOf(title)).toBeUndefined()
    expect(componentOf(log.fields[0])).toBe(JSON_FIELD_COMPONENT)
    expect(componentOf(log.fields[1])).toBeUndefined()
    expect(componentOf(row.fields[0])).toBe(JSON_FIELD_COMPONENT)
    expect(tabs.tabs[0].fields[0]).toMatchObject({ admin: { readOnly: true, description: 'Why it failed' } })
  })

  it('leaves the fields it was given unchanged', () => {
    const fields: Field[] = [{ name: 'input', type: 'json' }]
    readOnlyJsonFields(fields)
    expect(fields).toEqual([{ name: 'input', type: 'json' }])
  })
})
