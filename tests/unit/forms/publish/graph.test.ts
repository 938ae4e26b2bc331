import { describe, expect, it } from '@jest/globals'

import { graphChecks } from '@/forms/publish/graph'
import type { FormDefinition } from '@/forms/types'

import { always, exitPage, form, page, when } from '../fixtures'

describe('graphChecks', () => {
  it.each<[string, FormDefinition, string]>([
    [
      'a branch to a missing page',
      form([page('a', { branches: [{ when: when('aQ'), goTo: 'nowhere' }] })]),
      'Branch 1 on page "Page a" goes to "nowhere", which is not a page in this form',
    ],
    [
      'a page skipped by an unconditional branch',
      form([page('a', { branches: [{ when: always, goTo: 'c' }] }), page('b'), page('c')]),
      'The page "Page b" cannot be reached: no route from the first page leads to it',
    ],
    [
      'an exit page nobody branches to',
      form([page('a'), exitPage('stop')]),
      'The page "Exit stop" cannot be reached: no branch goes to it',
    ],
    [
      'a branch back that can loop',
      form([page('a'), page('b', { branches: [{ when: when('bQ'), goTo: 'a' }] })]),
      'Branch 1 on page "Page b" goes back to page "Page a", so the journey can go round in a loop',
    ],
    [
      'a branch to itself',
      form([page('a', { branches: [{ when: when('aQ'), goTo: 'a' }] })]),
      'Branch 1 on page "Page a" goes back to page "Page a"',
    ],
    [
      'a page with no way forward',
      form([page('a'), page('b', { branches: [{ when: always, goTo: 'a' }] })]),
      'The page "Page b" has no way forward: every route from it leads back to an earlier page',
    ],
  ])('reports %s', (_, def, expected) => {
    expect(graphChecks(def).map((issue) => issue.message)).toContainEqual(expect.stringContaining(expected))
  })

  it.each<[string, FormDefinition]>([
    ['a straight run of pages', form([page('a'), page('b')])],
    [
      'forward branches, to check answers and to an exit page',
      form([
        page('a', { branches: [{ when: when('aQ', 'no'), goTo: 'stop' }] }),
        page('b', { branches: [{ when: when('bQ'), goTo: 'check-answers' }] }),
        page('c'),
        exitPage('stop'),
      ]),
    ],
    [
      'an exit page shown by a condition in the default order',
      form([page('a'), exitPage('stop', { showWhen: when('aQ', 'no') }), page('b')]),
    ],
    [
      'pages hidden by conditions, reached in the default order',
      form([page('a'), page('b', { showWhen: when('aQ') }), page('c', { showWhen: when('aQ', 'no') }), page('d')]),
    ],
    [
      'a branch to a hidden page, which hands over to the next page',
      form([page('a', { branches: [{ when: always, goTo: 'b' }] }), page('b', { showWhen: when('aQ') }), page('c')]),
    ],
  ])('passes %s', (_, def) => {
    expect(graphChecks(def)).toEqual([])
  })
})
