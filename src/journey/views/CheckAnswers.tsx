import { ActionForm, type FormAction } from '@/components/forms/ActionForm.client'
import { BackLink } from '@/components/forms/BackLink'
import { Honeypot } from '@/components/forms/Honeypot'
import { SummaryList } from '@/components/forms/SummaryList'
import { PageShell } from '@/components/PageShell'
import { checkAnswersSummary } from '@/forms'
import type { FormDefinition } from '@/forms/types'
import { paths } from '@/site/paths'

import { APPLY_STEPS, pageHref } from '../paths'
import type { Journey, JourneyState } from '../types'

type CheckAnswersProps = {
  journey: Journey
  /** The form as editors wrote it: its page titles head each section, even when split up. */
  form: FormDefinition
  state: JourneyState
  backHref: string
  /** Why the answers fall outside the eligibility criteria, when the form checks them. */
  ineligibleReason?: string
  action: FormAction
}

/**
 * Rows grouped under the page that asked them, when the form split its editor's pages one
 * question per page (those keep their page's id before "--"). A form whose pages each ask one
 * thing is one list: a heading per page would only repeat each question.
 */
function sections(journey: Journey, form: FormDefinition, state: JourneyState) {
  const rows = checkAnswersSummary(journey.definition, state.answers)
  if (!form.oneQuestionPerPage) return [{ id: 'answers', title: '', rows }]
  const groups: { id: string; title: string; rows: typeof rows }[] = []
  for (const row of rows) {
    const id = row.pageId.split('--')[0]
    const group = groups.find((candidate) => candidate.id === id)
    if (group) group.rows.push(row)
    else groups.push({ id, title: form.pages.find((page) => page.id === id)?.title ?? '', rows: [row] })
  }
  return groups
}

/** "Check your answers before sending your application", then the declaration and "Accept and send". */
export function CheckAnswers({ journey, form, state, backHref, ineligibleReason, action }: CheckAnswersProps) {
  return (
    <PageShell>
      <BackLink href={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <span className="nhsuk-caption-l">{form.title}</span>
          <h1>Check your answers before sending your application</h1>
          {sections(journey, form, state).map((section) => {
            const list = <SummaryList rows={section.rows.map((row) => ({ ...row, changeHref: pageHref(journey, row.pageId, true) }))} />
            if (!section.title) return <div key={section.id}>{list}</div>
            return (
              <section key={section.id} aria-labelledby={`section-${section.id}`}>
                <h2 className="nhsuk-heading-m" id={`section-${section.id}`}>
                  {section.title}
                </h2>
                {list}
              </section>
            )
          })}
          {ineligibleReason && (
            <div className="nhsuk-warning-callout">
              <h2 className="nhsuk-warning-callout__label">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                You may not be able to use the PSU
              </h2>
              <p>{ineligibleReason}</p>
              <p>
                You can still send your application and a PSU Coordinator will tell you where else to get support. Doctors in
                non-training grades or after CCT can read{' '}
                <a href={paths.policy('support-for-non-training-grades-and-post-cct')}>
                  Support for non training grades and post CCT
                </a>
                .
              </p>
            </div>
          )}
          <h2>Now send your application</h2>
          <p>
            By sending this application you are confirming that, to the best of your knowledge, the details you are providing
            are correct.
          </p>
          <ActionForm action={action} permalink={`${journey.basePath}/${APPLY_STEPS.checkAnswers}`}>
            <Honeypot />
            <button className="nhsuk-button" data-module="nhsuk-button" type="submit">
              Accept and send
            </button>
          </ActionForm>
        </div>
      </div>
    </PageShell>
  )
}
