import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser } from '@/access'
import { checkNotesAppendOnly, stampNotes, type CaseNote } from '@/casework/notes'
import { caseRefusal } from '@/submissions/caseRefusal'

const notesOf = (value: unknown): CaseNote[] => (Array.isArray(value) ? (value as CaseNote[]) : [])

/**
 * Case notes are a record: anyone but an admin may only add notes after the earlier ones,
 * and every new note's author and time are the signed-in user and the clock, whatever the
 * request says. Notes the server or an admin writes on arrival keep what they were given.
 */
export const appendOnlyNotes: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (data.notes === undefined) return data
  const before = operation === 'update' ? notesOf(originalDoc?.notes) : []
  const after = notesOf(data.notes)
  if (operation === 'create' && !req.user) return data
  if (!isAdminUser(req.user)) {
    const check = checkNotesAppendOnly(before, after)
    if (!check.ok) throw caseRefusal(req, 'notes', check.message)
  }
  return { ...data, notes: stampNotes(before, after, req.user?.id ?? null, new Date()) }
}
