import { describe, expect, it } from '@jest/globals'

import { publishChecks } from '@/forms/publishChecks'

import { always, exitPage, form, page, referralForm, when, yesNo } from './fixtures'

describe('publishChecks', () => {
  it('passes the referral form', () => {
    expect(publishChecks(referralForm)).toEqual([])
  })

  it('collects structure, reference and route problems together', () => {
    const def = form([
      page('a', { questions: [yesNo('x', { type: 'radios' })], branches: [{ when: when('ghost'), goTo: 'gone' }] }),
      page('b', { branches: [{ when: always, goTo: 'a' }] }),
      exitPage('stop', { exitContent: '' }),
    ])
    expect(publishChecks(def).map((issue) => issue.message)).toEqual([
      'The exit page "Exit stop" has no content explaining why and where to get help',
      'The question "Question x?" (x) on page "Page a" has no options to choose from',
      'Branch 1 on page "Page a" refers to a question "ghost" that is not in this form',
      'Branch 1 on page "Page a" goes to "gone", which is not a page in this form',
      'Branch 1 on page "Page b" goes back to page "Page a", so the journey can go round in a loop',
      'The page "Page a" has no way forward: every route from it leads back to an earlier page',
      'The page "Page b" has no way forward: every route from it leads back to an earlier page',
      'The page "Exit stop" cannot be reached: no branch goes to it',
    ])
  })
})
