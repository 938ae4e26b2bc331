'use client'

import { useActionState, type FormEvent, type ReactNode } from 'react'

/** A server action as a form posts it: the previous state (unused: every action redirects), then the form's data. */
export type FormAction = (previous: void, formData: FormData) => Promise<void>

type ActionFormProps = {
  action: FormAction
  /** The page's own address: the form posts there before (or without) JavaScript. */
  permalink: string
  children: ReactNode
  noValidate?: boolean
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void
}

/**
 * A form posted to a server action. React writes a server action's form with an empty
 * `action`, which HTML does not allow; given the page's address (`permalink`) it writes that
 * instead, so the form is valid and posts to the same page without scripts.
 */
export function ActionForm({ action, permalink, children, noValidate, onSubmit }: ActionFormProps) {
  const [, post] = useActionState(action, undefined, permalink)
  return (
    <form action={post} noValidate={noValidate} onSubmit={onSubmit}>
      {children}
    </form>
  )
}
