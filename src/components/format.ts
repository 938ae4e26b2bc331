/** Display formats shared by the public pages. Dates are shown as they fall in the UK. */
const UK = 'Europe/London'

const DATE_FORMATS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

export type DatePrecision = keyof typeof DATE_FORMATS

/** "1 May 2019", "May 2019" or "2019", as precisely as the date is known. */
export function formatDate(value: string, precision: DatePrecision | null | undefined = 'day'): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat('en-GB', { ...DATE_FORMATS[precision ?? 'day'], timeZone: UK }).format(date)
}

/** The machine-readable date for `<time dateTime>`. */
export const isoDate = (value: string): string => value.slice(0, 10)

/** "1 KB", "2.4 MB": whole kilobytes (never 0) and one decimal for megabytes. */
export function formatFileSize(bytes: number | null | undefined): string | null {
  if (!bytes || bytes < 0) return null
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
}

/** "PDF", "Word document", "PNG image": what the reader will be downloading. */
export function fileTypeLabel(mimeType: string | null | undefined): string | null {
  if (!mimeType) return null
  if (FILE_TYPES[mimeType]) return FILE_TYPES[mimeType]
  if (mimeType.startsWith('image/')) return `${mimeType.slice(6).toUpperCase()} image`
  return null
}

/** `tel:` wants digits only (and an optional leading +); numbers are stored as written. */
export const telHref = (number: string): string => `tel:${number.trim().startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}`

/** `sms:` with the code prefilled, so a tap opens a ready-to-send message. */
export const smsHref = (number: string, body?: string | null): string =>
  `sms:${number.replace(/\D/g, '')}${body ? `?body=${encodeURIComponent(body)}` : ''}`

/** The host of an external address, for link text that says where a link goes. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}
