/** A case note as stored: its text, who wrote it and when (both set by the server). */
export type CaseNote = { id?: string | null; text?: string | null; author?: unknown; at?: string | null }

export type NotesCheck = { ok: true; appended: number } | { ok: false; message: string }

/**
 * Notes are append-only: the earlier notes must come back unchanged and in order (matched by
 * row id and text), and new notes may only follow them. Returns how many notes are new.
 */
export function checkNotesAppendOnly(before: CaseNote[], after: CaseNote[]): NotesCheck {
  if (after.length < before.length) return { ok: false, message: 'Earlier case notes cannot be removed.' }
  for (const [index, note] of before.entries()) {
    const sent = after[index]
    if (String(sent.id ?? '') !== String(note.id ?? '')) return { ok: false, message: 'Earlier case notes cannot be removed or reordered.' }
    if ((sent.text ?? '') !== (note.text ?? '')) return { ok: false, message: 'Earlier case notes cannot be changed.' }
  }
  return { ok: true, appended: after.length - before.length }
}

/**
 * The notes to store: earlier notes keep their author and time, whatever was sent; each new
 * note gets the signed-in author and the clock. Rows are matched by id, so an admin's edit
 * (the only one allowed to reorder or remove) cannot forge them either.
 */
export function stampNotes(before: CaseNote[], after: CaseNote[], author: unknown, now: Date): CaseNote[] {
  const earlier = new Map(before.map((note) => [String(note.id ?? ''), note]))
  return after.map((note) => {
    const known = note.id ? earlier.get(String(note.id)) : undefined
    // Each earlier note is matched once: a second row with its id is a new note.
    if (known) earlier.delete(String(note.id))
    if (known) return { ...note, author: known.author ?? null, at: known.at ?? null }
    const { id: _unused, ...fresh } = note
    return { ...fresh, author, at: now.toISOString() }
  })
}
