/**
 * Reads CSV text as RFC 4180 says (quoted cells may hold commas, quotes doubled, line breaks;
 * records end with CRLF or LF), dropping a leading byte-order mark. For checking downloads.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  for (let index = 0; index < input.length; index += 1) {
    const char = input[index]
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') (cell += '"'), (index += 1)
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') record.push(cell), (cell = '')
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index += 1
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
    } else cell += char
  }
  if (cell !== '' || record.length > 0) record.push(cell), records.push(record)
  return records
}

/** A CSV download read to its end: header, rows, how many chunks it came in, and the text (byte-order mark kept). */
export async function readCsv(response: Response): Promise<{ header: string[]; rows: string[][]; chunks: number; text: string }> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const parts: Uint8Array[] = []
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value)
  const text = Buffer.concat(parts).toString('utf8')
  const [header, ...rows] = parseCsv(text)
  return { header, rows, chunks: parts.length, text }
}
