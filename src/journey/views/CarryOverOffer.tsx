import { ActionForm, type FormAction } from '@/components/forms/ActionForm.client'
import { SummaryList } from '@/components/forms/SummaryList'
import type { ToldFact } from '@/eligibility'

type CarryOverOfferProps = {
  told: ToldFact[]
  action: FormAction
  /** The start page's address, where the form posts without scripts. */
  permalink: string
}

/**
 * On an application's start page: what the trainee told the eligibility checker, and a button
 * to fill those questions in with it. Nothing is carried unless they press it.
 */
export function CarryOverOffer({ told, action, permalink }: CarryOverOfferProps) {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">Use your answers from the eligibility checker</h2>
        <p className="nhsuk-card__description">You told us in the eligibility checker:</p>
        <SummaryList rows={told.map((fact) => ({ key: fact.fact, label: fact.label, value: fact.answer }))} />
        <p>We can fill these answers in for you. You will still see each one in the form and can change it.</p>
        <ActionForm action={action} permalink={permalink}>
          <button className="nhsuk-button nhsuk-u-margin-bottom-0" data-module="nhsuk-button" type="submit">
            Use these answers
          </button>
        </ActionForm>
      </div>
    </div>
  )
}
