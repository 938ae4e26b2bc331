'use client'

import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { isRetryable } from './isRetryable'

type RetryAnswer = { message?: string; errors?: { message?: string }[] }
type Outcome = { ok: boolean; message: string }
type Settled = 'completed' | 'failed' | 'running'

const SETTLE_TIMEOUT_MS = 10_000
const POLL_MS = 400

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
 * Follows a retried job for a few seconds. Payload deletes a job once it completes
 * (`deleteJobOnComplete`), so a 404 means it is done; an error means the extra attempt failed.
 */
async function settle(url: string): Promise<Settled> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    const response = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } }).catch(() => null)
    if (response?.status === 404) return 'completed'
    const job = response?.ok ? ((await response.json()) as { hasError?: boolean; completedAt?: string | null }) : null
    if (job?.completedAt) return 'completed'
    if (job?.hasError) return 'failed'
  }
  return 'running'
}

/**
 * On a job's edit view (System › Jobs): "Retry this job" for a job that has run out of
 * retries. It asks `POST /api/payload-jobs/:id/retry` with the administrator's session and says
 * what the server answered. It then reloads the job to show its new state, or goes back to the
 * list when the job completed (completed jobs are deleted, so there is nothing left to show).
 */
export function RetryJobButton() {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [sending, setSending] = useState(false)
  const [status, setStatus] = useState('')

  if (id === undefined || !collectionSlug || (!isRetryable(data) && !status)) return null
  const jobUrl = `${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}`

  const retry = async () => {
    setSending(true)
    const result = await postRetry(`${jobUrl}/retry`)
    setStatus(result.message)
    if (!result.ok) {
      toast.error(result.message)
      setSending(false)
      router.refresh()
      return
    }
    toast.success(result.message)
    const settled = await settle(`${jobUrl}?depth=0`)
    setSending(false)
    if (settled === 'completed') {
      toast.success('The job has completed')
      router.push(`${config.routes.admin}/collections/${collectionSlug}`)
      return
    }
    if (settled === 'failed') {
      setStatus('The job failed again: its error is below')
      toast.error('The job failed again: its error is below')
    }
    router.refresh()
  }

  return (
    <div style={{ alignItems: 'center', display: 'flex', gap: 'calc(var(--base) / 2)' }}>
      <p role="status" style={{ margin: 0 }}>
        {status}
      </p>
      {isRetryable(data) && (
        <Button buttonStyle="secondary" disabled={sending} margin={false} onClick={() => void retry()} size="medium" type="button">
          Retry this job
        </Button>
      )}
    </div>
  )
}
