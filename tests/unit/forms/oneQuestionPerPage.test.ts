import { describe, expect, it } from '@jest/globals'

import { pathThrough } from '@/forms/journey'
import { expandOneQuestionPerPage } from '@/forms/oneQuestionPerPage'
import { publishChecks } from '@/forms/publishChecks'
import { validateAnswers } from '@/forms/compile'

import { doctorAnswers, NOW, nurseAnswers, referralForm } from './fixtures'

const expanded = expandOneQuestionPerPage(referralForm)
const byId = (id: string) => expanded.pages.find((page) => page.id === id)

describe('expandOneQuestionPerPage', () => {
  it('gives every question its own page, titled by its label', () => {
    expect(expanded.pages.map((page) => [page.id, page.questions.map((question) => question.key)])).toEqual([
      ['region', ['region']],
      ['about', ['name']],
      ['about--email', ['email']],
      ['about--staffGroup', ['staffGroup']],
      ['gmc', ['gmcNumber']],
      ['support', ['topics']],
      ['wellbeing', ['harm']],
      ['health', ['healthDetails']],
      ['health--startDate', ['startDate']],
      ['consent', ['phone']],
      ['consent--agree', ['agree']],
      ['not-eligible', []],
    ])
    expect(byId('about--email')?.title).toBe('What is your email address?')
  })

  it('keeps branches on the last page of a split page and the page showWhen on each', () => {
    expect(byId('consent')?.branches).toBeUndefined()
    expect(byId('health')?.showWhen).toEqual(referralForm.pages[5].showWhen)
    expect(byId('health--startDate')?.showWhen).toEqual(referralForm.pages[5].showWhen)
    const split = expandOneQuestionPerPage({
      ...referralForm,
      pages: [{ ...referralForm.pages[1], branches: referralForm.pages[0].branches }],
    })
    expect(split.pages.map((page) => page.branches)).toEqual([undefined, undefined, referralForm.pages[0].branches])
  })

  it('leaves the original definition alone and keeps metadata', () => {
    expect(referralForm.pages).toHaveLength(8)
    expect(expanded).toMatchObject({ slug: 'self-referral', version: 3, routing: referralForm.routing })
  })

  it('still publishes, routes and validates the same way', () => {
    expect(publishChecks(expanded)).toEqual([])
    expect(pathThrough(expanded, doctorAnswers)).toEqual([
      'region',
      'about',
      'about--email',
      'about--staffGroup',
      'gmc',
      'support',
      'consent',
      'consent--agree',
    ])
    expect(validateAnswers(expanded, nurseAnswers, { now: NOW })).toEqual(
      validateAnswers(referralForm, nurseAnswers, { now: NOW }),
    )
  })

  it('skips a split page whose only question is hidden', () => {
    const def = expandOneQuestionPerPage({
      slug: 's',
      title: 'S',
      version: 1,
      pages: [
        {
          id: 'p',
          title: 'P',
          kind: 'questions',
          questions: [
            { key: 'a', type: 'yesNo', label: 'A?', required: true },
            {
              key: 'b',
              type: 'yesNo',
              label: 'B?',
              required: true,
              showWhen: { match: 'all', conditions: [{ field: 'a', operator: 'equals', value: 'yes' }] },
            },
          ],
        },
      ],
    })
    expect(pathThrough(def, { a: 'no' })).toEqual(['p'])
    expect(pathThrough(def, { a: 'yes' })).toEqual(['p', 'p--b'])
  })
})
