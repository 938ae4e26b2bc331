import { describe, expect, it } from '@jest/globals'

import { STAGES } from '@/casework/stages'
import { checkTransition, nextStages, TRANSITIONS } from '@/casework/transitions'

describe('stage transitions', () => {
  it('moves forward one step at a time, closes from any open stage, and re-opens only for admins', () => {
    expect(nextStages('new', false)).toEqual(['triaged', 'closed'])
    expect(nextStages('triaged', false)).toEqual(['contacted', 'closed'])
    expect(nextStages('contacted', false)).toEqual(['in-support', 'closed'])
    expect(nextStages('in-support', false)).toEqual(['closed'])
    expect(nextStages('closed', false)).toEqual([])
    expect(nextStages('closed', true)).toEqual(['triaged'])
  })

  it('never lists a move twice, and every listed stage exists', () => {
    const keys = TRANSITIONS.map(({ from, to }) => `${from}>${to}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const { from, to } of TRANSITIONS) expect([STAGES.includes(from), STAGES.includes(to), from !== to]).toEqual([true, true, true])
  })

  it.each(STAGES)('allows staying at %s', (stage) => {
    expect(checkTransition(stage, stage, false)).toEqual({ allowed: true })
  })

  it('names the refused move', () => {
    expect(checkTransition('new', 'in-support', true)).toEqual({ allowed: false, message: 'A referral cannot move from New to In support.' })
    expect(checkTransition('closed', 'triaged', false)).toEqual({ allowed: false, message: 'Only an administrator can move a referral from Closed to Triaged.' })
  })
})
