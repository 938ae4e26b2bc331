import { describe, expect, it } from '@jest/globals'

import { validatePage } from '@/forms'
import { afterInterruption, afterPageSaved, guardStep, previousPage, resumeStep } from '@/journey/progress'
import { emptyState, type JourneyState } from '@/journey/types'

import { NOW, referralForm } from '../forms/fixtures'

const def = referralForm

/** Posts one page through the engine as the server would, failing the test on invalid answers. */
function post(state: JourneyState, pageId: string, values: Record<string, unknown>, change = false) {
  const page = def.pages.find((candidate) => candidate.id === pageId)
  if (!page) throw new Error(`no page ${pageId}`)
  const result = validatePage(def, pageId, values, state.answers, { now: NOW })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return afterPageSaved(def, state, page, result.answers, change)
}

/** A nurse who has answered every page up to the end, without a risk answer. */
function completed(): JourneyState {
  let state = emptyState()
  state = post(state, 'region', { region: 'london' }).state
  state = post(state, 'about', { name: 'Ada', email: 'ada@example.com', staffGroup: 'nurse' }).state
  state = post(state, 'support', { topics: ['wellbeing'] }).state
  state = post(state, 'wellbeing', { harm: 'no' }).state
  return post(state, 'consent', { agree: 'yes' }).state
}

describe('resuming and guarding steps', () => {
  it('starts at the first page and will not let a typed address skip ahead', () => {
    expect(resumeStep(def, emptyState())).toEqual({ kind: 'page', pageId: 'region' })
    expect(guardStep(def, emptyState(), { kind: 'page', pageId: 'region' })).toBeNull()
    expect(guardStep(def, emptyState(), { kind: 'page', pageId: 'consent' })).toEqual({ kind: 'page', pageId: 'region' })
    expect(guardStep(def, emptyState(), { kind: 'end' })).toEqual({ kind: 'page', pageId: 'region' })
  })

  it('reaches the end only when every page on the route is done', () => {
    const state = completed()
    expect(resumeStep(def, state)).toEqual({ kind: 'end' })
    expect(guardStep(def, state, { kind: 'end' })).toBeNull()
    expect(guardStep(def, state, { kind: 'page', pageId: 'about' })).toBeNull()
    // The GMC page is not on a nurse's route.
    expect(guardStep(def, state, { kind: 'page', pageId: 'gmc' })).toEqual({ kind: 'end' })
  })

  it('sends answers that lead out of the form to the exit page, and lets it be shown', () => {
    const { state, step } = post(emptyState(), 'region', { region: 'other' })
    expect(step).toEqual({ kind: 'exit', pageId: 'not-eligible' })
    expect(guardStep(def, state, step)).toBeNull()
    expect(resumeStep(def, state)).toEqual(step)
  })

  it('goes back to the page actually visited before, and from the end to the last page', () => {
    const state = completed()
    expect(previousPage(def, state, 'region')).toBeNull()
    expect(previousPage(def, state, 'wellbeing')).toBe('support')
    expect(previousPage(def, state)).toBe('consent')
  })
})

describe('risk answers', () => {
  const toWellbeing = () => {
    let state = post(emptyState(), 'region', { region: 'kss' }).state
    state = post(state, 'about', { name: 'Ada', email: 'ada@example.com', staffGroup: 'other' }).state
    return post(state, 'support', { topics: ['wellbeing'] }).state
  }

  it('interrupts straight after the risk page, and nothing after it can be reached first', () => {
    const { state, step } = post(toWellbeing(), 'wellbeing', { harm: 'yes' })
    expect(step).toEqual({ kind: 'interruption', after: 'wellbeing' })
    expect(guardStep(def, state, { kind: 'page', pageId: 'consent' })).toEqual(step)
    expect(guardStep(def, state, { kind: 'interruption', after: 'wellbeing' })).toBeNull()
    const next = afterInterruption(def, state, false)
    expect(next.step).toEqual({ kind: 'page', pageId: 'consent' })
    expect(next.state.riskAcknowledged).toEqual(['wellbeing'])
  })

  it('shows urgent help again if the answer is changed away from the trigger and back', () => {
    const seen = afterInterruption(def, post(toWellbeing(), 'wellbeing', { harm: 'yes' }).state, false).state
    const cleared = post(seen, 'wellbeing', { harm: 'no' }).state
    expect(cleared.riskAcknowledged).toEqual([])
    expect(post(cleared, 'wellbeing', { harm: 'yes' }).step).toEqual({ kind: 'interruption', after: 'wellbeing' })
  })
})

describe('changing an answer from check your answers', () => {
  it('returns to the end when nothing new needs answering', () => {
    const { step, state } = post(completed(), 'region', { region: 'kss' }, true)
    expect(step).toEqual({ kind: 'end' })
    expect(state.answers.region).toBe('kss')
  })

  it('asks the questions a changed answer adds before returning', () => {
    const changed = post(completed(), 'about', { name: 'Ada', email: 'ada@example.com', staffGroup: 'doctor' }, true)
    expect(changed.step).toEqual({ kind: 'page', pageId: 'gmc' })
    const done = post(changed.state, 'gmc', { gmcNumber: '1234567' }, true)
    expect(done.step).toEqual({ kind: 'end' })
  })

  it('drops answers from a route no longer taken', () => {
    let state = post(completed(), 'support', { topics: ['health'] }, true).state
    expect(resumeStep(def, state)).toEqual({ kind: 'page', pageId: 'health' })
    state = post(state, 'health', { startDate: { day: '1', month: '2', year: '2020' } }, true).state
    state = post(state, 'support', { topics: ['wellbeing'] }, true).state
    expect(state.answers).not.toHaveProperty('startDate')
  })
})
