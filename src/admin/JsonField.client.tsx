'use client'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

/** JSON as people read it: indented, or a dash when there is none. */
const formatJson = (value: unknown): string => (value === undefined || value === null ? '–' : JSON.stringify(value, null, 2))

/**
 * A JSON field shown read-only as formatted text. Payload's own JSON field loads its code
 * editor (Monaco) from a public CDN, which a closed NHS network blocks (the field stays blank)
 * and which would tell a third party that the admin is in use. Every JSON field here is
 * written by the service (answers, form snapshots, job logs), never typed by staff.
 */
export const JsonField: JSONFieldClientComponent = ({ field, path: pathFromProps }) => {
  const { path, value } = useField<unknown>({ potentiallyStalePath: pathFromProps })
  const description = field.admin?.description
  return (
    <div className="field-type json-field read-only">
      <FieldLabel as="span" label={field.label} path={path} />
      {/* A labelled region that keyboard users can focus to scroll long JSON. */}
      <pre
        role="region"
        aria-label={typeof field.label === 'string' ? field.label : field.name}
        tabIndex={0}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '30rem', overflow: 'auto' }}
      >
        {formatJson(value)}
      </pre>
      {typeof description === 'string' ? <FieldDescription description={description} path={path} /> : null}
    </div>
  )
}
