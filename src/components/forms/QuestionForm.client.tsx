'use client'

import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react'

import { validatePage } from '@/forms'
import type { Answers, FieldError, Page } from '@/forms/types'

import { ActionForm, type FormAction } from './ActionForm.client'
import { ErrorSummary } from './ErrorSummary'
import { canBeHeading, QuestionField } from './QuestionField'
import { errorsFor, fieldAnchor, readPageValues } from './formValues'

type QuestionFormProps = {
  page: Page
  /** Keys of the questions to draw (those shown, or that may show as the page is answered). */
  shown: string[]
  /** Earlier answers that decide which of this page's questions show; nothing else. */
  earlier: Answers
  values: Record<string, unknown>
  /** Errors from the server's check, after a post without scripts. */
  errors: FieldError[]
  caption: string
  submitLabel: string
  action: FormAction
  /** The page's own address, where the form posts without scripts. */
  permalink: string
}

/**
 * A question page's form. Without scripts it is a plain post to a server action. With
 * scripts, the same compiled schema checks the page first, so mistakes show at once; the
 * server checks again whatever happens here.
 */
export function QuestionForm({ page, shown, earlier, values, errors, caption, submitLabel, action, permalink }: QuestionFormProps) {
  const [clientErrors, setClientErrors] = useState<FieldError[] | null>(null)
  const summary = useRef<HTMLDivElement>(null)
  const current = clientErrors ?? errors
  const questions = page.questions.filter((question) => shown.includes(question.key))
  const heading = questions.length === 1 && canBeHeading(questions[0].type) ? questions[0].key : null

  useEffect(() => {
    if (current.length === 0) return
    summary.current?.focus()
    if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`
  }, [current])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const raw = readPageValues(page, new FormData(event.currentTarget))
    const definition = { slug: 'page', title: caption, version: 0, pages: [page] }
    const result = validatePage(definition, page.id, raw, earlier, { now: new Date() })
    if (result.ok) {
      setClientErrors(null)
      return
    }
    event.preventDefault()
    setClientErrors(result.errors)
  }

  // Following an error link focuses the box itself, as the NHS error summary script does.
  function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
    const target = document.getElementById(href.slice(1))
    if (!target) return
    event.preventDefault()
    target.scrollIntoView({ block: 'center' })
    target.focus()
  }

  return (
    <>
      <ErrorSummary
        ref={summary}
        items={current.map((error) => ({ href: `#${fieldAnchor(page, error.field)}`, message: error.message }))}
        onLinkClick={focusField}
      />
      <span className="nhsuk-caption-l">{caption}</span>
      {heading === null && <h1>{page.title}</h1>}
      <ActionForm action={action} permalink={permalink} noValidate onSubmit={onSubmit}>
        {questions.map((question) => (
          <QuestionField
            key={question.key}
            question={question}
            value={values[question.key]}
            errors={errorsFor(current, question.key)}
            asHeading={question.key === heading}
          />
        ))}
        <button className="nhsuk-button" data-module="nhsuk-button" type="submit">
          {submitLabel}
        </button>
      </ActionForm>
    </>
  )
}
