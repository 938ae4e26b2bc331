/**
 * Matches a field that holds no value: `null` on SQLite, left out altogether by Payload's
 * MongoDB adapter (seed defaults, `emailsQueuedAt`). Use it wherever the scenarios, which run
 * on both adapters, expect an empty field: `expect(doc.field).toEqual(unset())`.
 */
export const unset = () => ({
  asymmetricMatch: (actual: unknown): boolean => actual === null || actual === undefined,
  toString: () => 'unset()',
  toAsymmetricMatcher: () => 'unset()',
})
