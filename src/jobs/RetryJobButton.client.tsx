'use client'

import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { isRetryable } from './isRetryable'

type RetryAnswer = { message?: string; errors?: { message?: string }[] }
type Outcome = { ok: boolean; message: string }

async function postRetry(url: string): Promise<Outcome> {
  try {
    const response = await fetch(url, { method: 'POST', credentials: 'include', headers: { Accept: 'application/json' } })
    const body = (await response.json().catch(() => ({}))) as RetryAnswer
    const message = response.ok ? body.message : body.errors?.[0]?.message
    return { ok: response.ok, message: message ?? `The job could not be retried (error ${response.status})` }
  } catch {
    return { ok: false, message: 'The job could not be retried: the server did not answer. Try again.' }
  }
}

/**
 * On a job's edit view (System › Jobs): "Retry this job" for a job that has run out of
 * retries. It asks `POST /api/payload-jobs/:id/retry` with the administrator's session, says
 * what the server answered, and reloads the job to show its new state.
 */
export function RetryJobButton() {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  if (id === undefined || !collectionSlug || (!isRetryable(data) && !outcome)) return null

  const retry = async () => {
    setSending(true)
    const result = await postRetry(`${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}/retry`)
    setSending(false)
    setOutcome(result)
    if (result.ok) toast.success(result.message)
    else toast.error(result.message)
    router.refresh()
  }

  return (
    <div style={{ alignItems: 'center', display: 'flex', gap: 'calc(var(--base) / 2)' }}>
      <p role="status" style={{ margin: 0 }}>
        {outcome?.message}
      </p>
      {isRetryable(data) && !outcome?.ok && (
        <Button buttonStyle="secondary" disabled={sending} margin={false} onClick={() => void retry()} size="medium" type="button">
          Retry this job
        </Button>
      )}
    </div>
  )
}
