import type { Media } from '@/payload-types'
import { fileTypeLabel, formatFileSize } from './format'

/**
 * The policy's downloadable file, described as GOV.UK and NHS pages describe downloads
 * ("PDF, 1 KB"). A placeholder file is announced as such, so no one mistakes it for the policy.
 */
export function PolicyDocument({ title, document }: { title: string; document: Media | number }) {
  if (typeof document !== 'object' || !document.url) {
    return <p>The document will be published here.</p>
  }
  const details = [fileTypeLabel(document.mimeType), formatFileSize(document.filesize)].filter(Boolean).join(', ')
  return (
    <>
      <h2>Download</h2>
      {document.isPlaceholder && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>The final document will be published here. The file below is a placeholder until then.</p>
        </div>
      )}
      <p>
        <a href={document.url} download={document.filename ?? undefined}>
          {title}
          {details && ` (${details})`}
        </a>
      </p>
    </>
  )
}
