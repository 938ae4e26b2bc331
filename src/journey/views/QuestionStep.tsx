import { BackLink } from '@/components/forms/BackLink'
import type { FormAction } from '@/components/forms/ActionForm.client'
import { QuestionForm } from '@/components/forms/QuestionForm.client'
import { PageShell } from '@/components/PageShell'
import type { Page } from '@/forms/types'

import { questionView } from '../pageView'
import { pageHref } from '../paths'
import type { Journey, JourneyState } from '../types'

type QuestionStepProps = {
  journey: Journey
  state: JourneyState
  page: Page
  change: boolean
  /** The form's title, shown as a caption above each question. */
  caption: string
  action: FormAction
}

/** One question page: back link, error summary, the questions and "Continue". */
export function QuestionStep({ journey, state, page, change, caption, action }: QuestionStepProps) {
  const view = questionView(journey, state, page, change)
  return (
    <PageShell>
      <BackLink href={view.backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <QuestionForm
            page={page}
            shown={view.shown}
            earlier={view.earlier}
            values={view.values}
            errors={view.errors}
            caption={caption}
            submitLabel={change ? 'Save and continue' : 'Continue'}
            action={action}
            permalink={pageHref(journey, page.id, change)}
          />
        </div>
      </div>
    </PageShell>
  )
}
