import { stringify } from 'csv-stringify/sync'

import type { ExportCell } from './columns'

/** How an export ended: every row sent, or cut off (the client went away, or a read failed). */
export type ExportEnd = { rows: number; complete: boolean }

const encoder = new TextEncoder()

/**
 * CSV text for records. A cell starting with = + - @ (or a tab or carriage return) is
 * prefixed with an apostrophe so a spreadsheet shows it as text rather than running it as a
 * formula; numbers are left as numbers.
 */
export function csvText(records: ExportCell[][], header?: string[]): string {
  return stringify(records, {
    ...(header ? { header: true, columns: header, bom: true } : {}),
    escape_formulas: true,
    record_delimiter: 'windows',
  })
}

/**
 * A CSV download read batch by batch as the client takes it (pull), so only one batch is in
 * memory whatever the number of rows. `onEnd` runs exactly once: after the last row, when the
 * client cancels, or when reading fails.
 */
export function csvStream(header: string[], batches: AsyncGenerator<ExportCell[][]>, onEnd: (end: ExportEnd) => Promise<void>): ReadableStream<Uint8Array> {
  let rows = 0
  let ended = false
  const end = async (complete: boolean) => {
    if (ended) return
    ended = true
    await onEnd({ rows, complete })
  }
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(csvText([], header)))
      },
      async pull(controller) {
        try {
          const next = await batches.next()
          if (next.done) {
            await end(true)
            controller.close()
            return
          }
          rows += next.value.length
          controller.enqueue(encoder.encode(csvText(next.value)))
        } catch (error) {
          try {
            await end(false)
          } finally {
            controller.error(error)
          }
        }
      },
      async cancel() {
        await end(false)
        await batches.return(undefined)
      },
    },
    { highWaterMark: 1 },
  )
}
