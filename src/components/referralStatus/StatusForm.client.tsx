'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { checkReferralStatus } from '@/referralStatus/action'
import type { StatusFormState } from '@/referralStatus/state'
import { paths } from '@/site/paths'

import { StatusField } from './StatusField'
import { StatusResult } from './StatusResult'

const EMPTY = { reference: '', email: '' }

/**
 * The status page's form and its answer. Without JavaScript the form posts and the answer is
 * rendered into the response; with it, the same action runs and focus moves to the answer.
 */
export function StatusForm({ reference, contactEmail }: { reference: string; contactEmail: string }) {
  // The permalink is where a post made before scripts load goes: this page, without the query.
  const initial: StatusFormState = { kind: 'start', values: { reference, email: '' } }
  const [state, action, pending] = useActionState(checkReferralStatus, initial, paths.referralStatus())
  const focusTarget = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.kind !== 'start') focusTarget.current?.focus()
  }, [state])
  if (state.kind === 'found') {
    return (
      <div ref={focusTarget} tabIndex={-1}>
        <StatusResult reference={state.reference} status={state.status} contactEmail={contactEmail} />
      </div>
    )
  }
  const values = state.kind === 'throttled' ? EMPTY : state.values
  const errors = state.kind === 'invalid' ? state.errors : []
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message
  return (
    <>
      <ErrorSummary ref={focusTarget} items={errors.map((error) => ({ href: `#${error.field}`, message: error.message }))} />
      <h1>Check where your referral is</h1>
      {state.kind === 'not-found' && (
        <div className="nhsuk-warning-callout" ref={focusTarget} tabIndex={-1}>
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            No referral found
          </h2>
          <p>We could not find a referral with that reference and email address. Check both against your confirmation email and try again.</p>
          <p>
            If you still cannot find it, email <a href={`mailto:${contactEmail}`}>{contactEmail}</a>.
          </p>
        </div>
      )}
      {state.kind === 'throttled' && (
        <div className="nhsuk-warning-callout" ref={focusTarget} tabIndex={-1}>
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Too many tries
          </h2>
          <p>You have checked too many times. Wait 10 minutes, then try again.</p>
          <p>
            Or email <a href={`mailto:${contactEmail}`}>{contactEmail}</a> and quote your reference.
          </p>
        </div>
      )}
      <p>Enter the reference number from your confirmation email and the email address you gave in your application.</p>
      <form action={action} noValidate>
        <StatusField name="reference" label="Reference number" hint="8 letters and numbers, for example K7PX2MRQ" value={values.reference} error={errorFor('reference')} />
        <StatusField name="email" label="Email address" hint="The email address you gave in your application" value={values.email} error={errorFor('email')} />
        <button className="nhsuk-button" type="submit" disabled={pending}>
          Check status
        </button>
      </form>
    </>
  )
}
