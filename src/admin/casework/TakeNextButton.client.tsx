'use client'
import { useState } from 'react'

import styles from './casework.module.css'

type Props = { apiUrl: string; editUrlPrefix: string }

/**
 * "Take next": assigns the next referral waiting in the user's services to them (urgent first,
 * then the longest waiting) and opens it. The endpoint decides which one, so two case workers
 * pressing at once never take the same referral.
 */
export function TakeNextButton({ apiUrl, editUrlPrefix }: Props) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  async function takeNext(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setMessage('')
    const response = await fetch(`${apiUrl}/submissions/take-next`, { method: 'POST', credentials: 'include' })
    if (response.ok) {
      const { id } = (await response.json()) as { id: string | number }
      window.location.assign(`${editUrlPrefix}/${encodeURIComponent(String(id))}`)
      return
    }
    setBusy(false)
    setMessage(response.status === 404 ? 'There are no unallocated referrals to take.' : 'The next referral could not be taken. Try again.')
  }
  return (
    <form className={styles.takeNext} method="post" action={`${apiUrl}/submissions/take-next`} onSubmit={takeNext}>
      <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
        Take next referral
      </button>
      <p role="status">{message}</p>
    </form>
  )
}
