/**
 * A reproducible corpus of bad referral requests: broken JSON, wrong shapes and types, huge
 * and odd Unicode strings, prototype keys, missing and extra fields, answers to hidden
 * questions. Every case is invalid, so every response must be a 4xx with an `errors` array.
 */
import { seededRandom } from '@/seed/demo/random'

export type BadInput = { label: string; body: string | Uint8Array<ArrayBuffer>; contentType?: string }

/** Seeded, so a failing case can be replayed from its seed (the demo data's generator). */
export { seededRandom }

type Entries = Array<[string, unknown]>
/** JSON text from key/value pairs, so `__proto__` and repeated keys reach the server as sent. */
const objectText = (entries: Entries): string => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${valueText(value)}`).join(',')}}`
const valueText = (value: unknown): string => (value instanceof Raw ? value.text : JSON.stringify(value) ?? 'null')
class Raw {
  constructor(readonly text: string) {}
}

const ODD_STRINGS = ['', ' ', '\u0000', '\u202e\u0041', '🙂'.repeat(3000), 'x'.repeat(10_001), '<script>alert(1)</script>', 'null', '\ud800', 'Ａ', 'a\r\nBcc: x@y.z']
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf']
const WRONG_TYPES: unknown[] = [0, -1, 1e308, true, false, null, [], {}, [1, 2], { nested: { deeper: ['x'] } }, new Raw(`{"__proto__":{"admin":true}}`)]

/** Mutations that each make otherwise valid answers invalid. */
const BREAKERS: Array<(pick: <T>(items: T[]) => T) => { label: string; apply: (entries: Entries) => Entries }> = [
  (pick) => {
    const key = pick(['firstName', 'email', 'topic', 'safe'])
    return { label: `drop ${key}`, apply: (entries) => entries.filter(([name]) => name !== key) }
  },
  (pick) => {
    const [key, value] = [pick(['firstName', 'email', 'topic']), pick(WRONG_TYPES.filter((item) => item !== true && item !== false))]
    return { label: `${key} wrong type`, apply: (entries) => entries.map(([name, old]) => [name, name === key ? value : old]) }
  },
  (pick) => {
    const value = pick([...ODD_STRINGS, 'no-at-sign', 'a@', '@b.c', 'a b@c.d', 'amira@example', 12])
    return { label: 'bad email', apply: (entries) => entries.map(([name, old]) => [name, name === 'email' ? value : old]) }
  },
  (pick) => {
    const [key, value] = [pick(['topic', 'safe']), pick([...ODD_STRINGS, 'maybe', 'career', 'YES!', 2])]
    return { label: `${key} not an option`, apply: (entries) => entries.map(([name, old]) => [name, name === key ? value : old]) }
  },
  (pick) => {
    const key = pick([...PROTO_KEYS, 'unknownQuestion', 'ключ', '🙂', 'a'.repeat(300), ''])
    return { label: `extra key ${key.slice(0, 20)}`, apply: (entries) => [...entries, [key, pick(WRONG_TYPES)]] }
  },
  () => ({
    label: 'wellbeing without the details it then asks',
    apply: (entries) => entries.filter(([name]) => name !== 'details').map(([name, old]) => [name, name === 'topic' ? 'wellbeing' : old]),
  }),
  (pick) => {
    const value = pick(ODD_STRINGS.filter((text) => text.length > 10_000 || text.trim() === ''))
    return { label: 'firstName blank or huge', apply: (entries) => entries.map(([name, old]) => [name, name === 'firstName' ? value : old]) }
  },
]

/** Harmless on their own: kept with a breaker, so the request is still invalid. */
const DECORATIONS: Array<(pick: <T>(items: T[]) => T) => (entries: Entries) => Entries> = [
  (pick) => (entries) => [...entries, ['details', pick(['hidden answer', 42, { deep: true }])]],
  () => (entries) => entries.map(([name, old]) => [name, name === 'firstName' ? 'Zoë Ĳssel 🙂' : old]),
  () => (entries) => [...entries, ...entries.slice(0, 1)],
  () => (entries) => [...entries].reverse(),
]

const VALID: Entries = [
  ['firstName', 'Amira'],
  ['email', 'amira@example.org'],
  ['topic', 'careers'],
  ['safe', 'yes'],
]

/** Requests that fail before the answers are looked at. */
function envelopes(): BadInput[] {
  const answers = new Raw(objectText(VALID))
  const texts: Array<[string, string]> = [
    ['empty body', ''],
    ['truncated', '{"answers": {"firstName": "Am'],
    ['trailing comma', '{"answers": {},}'],
    ['single quotes', "{'answers': {}}"],
    ['NaN', '{"answers": NaN}'],
    ['bare word', 'answers'],
    ['null', 'null'],
    ['number', '42'],
    ['string', '"answers"'],
    ['array', `[${answers.text}]`],
    ['answers null', '{"answers": null}'],
    ['answers array', '{"answers": []}'],
    ['answers string', '{"answers": "firstName=Amira"}'],
    ['no answers', '{}'],
    ['misspelt answers', objectText([['answer', answers]])],
    ['extra top-level field', objectText([['answers', answers], ['role', 'admin']])],
    ['__proto__ top level', objectText([['answers', answers], ['__proto__', { polluted: true }]])],
    ['constructor top level', objectText([['constructor', { prototype: { polluted: true } }], ['answers', answers]])],
    ['honeypot not a string', objectText([['answers', answers], ['website', 5]])],
    ['idempotency key too long', objectText([['answers', answers], ['idempotencyKey', 'k'.repeat(201)]])],
    ['deep nesting', `{"answers": ${'['.repeat(5000)}${']'.repeat(5000)}}`],
  ]
  return [
    ...texts.map(([label, body]) => ({ label, body })),
    { label: 'invalid UTF-8', body: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]) },
    { label: 'form encoded', body: 'answers[firstName]=Amira', contentType: 'application/x-www-form-urlencoded' },
    { label: 'text/plain', body: objectText([['answers', answers]]), contentType: 'text/plain' },
    { label: 'no content type', body: objectText([['answers', answers]]), contentType: '' },
    { label: 'over 100 KB', body: objectText([['answers', objectText([...VALID, ['firstName', 'x'.repeat(110_000)]])]]) },
  ]
}

/** `count` bad requests from `seed`: the fixed envelopes, then mutated answers. */
export function badInputs(count: number, seed = 20_250_301): BadInput[] {
  const random = seededRandom(seed)
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]
  const cases = envelopes()
  while (cases.length < count) {
    const breakers = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(BREAKERS)(pick))
    // Decorations first: a breaker applied after them always has the last word.
    let entries: Entries = random() < 0.5 ? pick(DECORATIONS)(pick)(VALID) : VALID
    for (const breaker of breakers) entries = breaker.apply(entries)
    const envelope: Entries = [['answers', new Raw(objectText(entries))]]
    if (random() < 0.2) envelope.push(['website', ''])
    cases.push({ label: breakers.map((breaker) => breaker.label).join(' + '), body: objectText(envelope) })
  }
  return cases
}
