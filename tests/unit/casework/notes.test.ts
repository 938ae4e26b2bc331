import { describe, expect, it } from '@jest/globals'

import { checkNotesAppendOnly, stampNotes } from '@/casework/notes'

const earlier = [
  { id: 'a', text: 'First', author: 1, at: '2026-01-01T09:00:00.000Z' },
  { id: 'b', text: 'Second', author: 2, at: '2026-01-02T09:00:00.000Z' },
]

describe('append-only notes', () => {
  it.each([
    ['unchanged', earlier, { ok: true, appended: 0 }],
    ['one added', [...earlier, { text: 'Third' }], { ok: true, appended: 1 }],
    ['one dropped', [earlier[1]], { ok: false, message: 'Earlier case notes cannot be removed.' }],
    ['reordered', [earlier[1], earlier[0]], { ok: false, message: 'Earlier case notes cannot be removed or reordered.' }],
    ['altered', [earlier[0], { ...earlier[1], text: 'Changed' }], { ok: false, message: 'Earlier case notes cannot be changed.' }],
    ['inserted before', [{ text: 'Sneaky' }, ...earlier], { ok: false, message: 'Earlier case notes cannot be removed or reordered.' }],
  ])('%s', (_, after, expected) => {
    expect(checkNotesAppendOnly(earlier, after)).toEqual(expected)
  })

  it('keeps earlier notes’ author and time, and stamps new ones with the writer and the clock', () => {
    const now = new Date('2026-02-01T10:00:00.000Z')
    const sent = [{ ...earlier[0], author: 9, at: '2000-01-01T00:00:00.000Z' }, earlier[1], { id: 'forged', text: 'Third', author: 9, at: '2000-01-01T00:00:00.000Z' }]
    expect(stampNotes(earlier, sent, 3, now)).toEqual([earlier[0], earlier[1], { text: 'Third', author: 3, at: now.toISOString() }])
    const copied = stampNotes(earlier, [...earlier, { ...earlier[0], text: 'Copy' }], 3, now)
    expect(copied[2]).toEqual({ text: 'Copy', author: 3, at: now.toISOString() })
  })
})
