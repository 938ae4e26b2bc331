import { describe, expect, it } from '@jest/globals'

import { confirmationParagraphs } from '@/journey/confirmationText'
import { pageHeading, questionView } from '@/journey/pageView'
import { stepHref } from '@/journey/paths'
import type { Journey, JourneyState } from '@/journey/types'

import { referralForm } from '../forms/fixtures'

const journey: Journey = {
  slug: 'self-referral',
  version: 3,
  basePath: '/apply/self-referral',
  endPath: '/apply/self-referral/check-answers',
  definition: referralForm,
}
const pageOf = (id: string) => referralForm.pages.find((page) => page.id === id) ?? referralForm.pages[0]

const state: JourneyState = {
  answers: { region: 'london', name: 'Ada', email: 'ada@example.com', staffGroup: 'doctor' },
  visited: ['region', 'about'],
  riskAcknowledged: [],
}

describe('a question page view', () => {
  it('shows saved answers and links back to the page visited before', () => {
    const view = questionView(journey, state, pageOf('about'), false)
    expect(view.values).toEqual({ name: 'Ada', email: 'ada@example.com', staffGroup: 'doctor' })
    expect(view.backHref).toBe('/apply/self-referral/region')
    expect(view.errors).toEqual([])
    expect(questionView(journey, state, pageOf('region'), false).backHref).toBe('/apply/self-referral')
  })

  it('after a failed post shows exactly what was typed, with the errors', () => {
    const flash = { pageId: 'about', errors: [{ field: 'email', message: 'Enter a real email' }], values: { name: 'Ad', email: 'x' } }
    const view = questionView(journey, { ...state, flash }, pageOf('about'), false)
    expect(view.values).toEqual({ name: 'Ad', email: 'x' })
    expect(view.errors).toEqual(flash.errors)
    expect(questionView(journey, { ...state, flash }, pageOf('region'), false).errors).toEqual([])
  })

  it('goes back to check your answers when changing an answer', () => {
    expect(questionView(journey, state, pageOf('about'), true).backHref).toBe(journey.endPath)
    expect(stepHref(journey, { kind: 'page', pageId: 'about' }, true)).toBe('/apply/self-referral/about?change=1')
    expect(stepHref(journey, { kind: 'interruption', after: 'wellbeing' })).toBe('/apply/self-referral/urgent-help')
  })

  it('passes the browser only the earlier answers its conditions read', () => {
    const view = questionView(journey, state, pageOf('gmc'), false)
    expect(view.shown).toEqual(['gmcNumber'])
    expect(view.earlier).toEqual({})
    expect(pageHeading(pageOf('gmc'), view)).toBe('GMC number')
    expect(pageHeading(pageOf('about'))).toBe('About you')
  })
})

describe('confirmation text', () => {
  it('fills placeholders, drops staff-only ones and splits paragraphs', () => {
    const text = 'Thanks {{firstName}}.\n\nYour reference is {{ reference }}.{{adminLink}}\n\n'
    expect(confirmationParagraphs(text, { firstName: '<b>Ada</b>', reference: 'ABC23456' })).toEqual([
      'Thanks <b>Ada</b>.',
      'Your reference is ABC23456.',
    ])
  })
})
