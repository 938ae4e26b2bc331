import { describe, expect, it } from '@jest/globals'

import { DEFAULT_QUEUE, pageFrom, queueFrom, QUEUES } from '@/admin/casework/queueDefinitions'

describe('the case-work address', () => {
  it.each(QUEUES.map((queue) => [queue.key]))('names the %s queue', (key) => {
    expect(queueFrom(key).key).toBe(key)
  })

  it.each([[undefined], [''], ['all'], [['urgent', 'mine']], ['__proto__'], ['constructor']])('falls back to the default queue for %p', (value) => {
    expect(queueFrom(value).key).toBe(DEFAULT_QUEUE)
  })

  it.each([
    ['3', 3],
    ['1', 1],
    [undefined, 1],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['1e3', 1],
    ['9999999', 1],
    [['2', '3'], 1],
  ])('reads page %p as %p', (value, page) => {
    expect(pageFrom(value)).toBe(page)
  })
})
