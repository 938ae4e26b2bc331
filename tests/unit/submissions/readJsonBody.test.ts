import { describe, expect, it } from '@jest/globals'

import { MAX_BODY_BYTES, readJsonBody } from '@/submissions/readJsonBody'

const request = (body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('http://localhost/', { method: 'POST', body, headers, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit)

describe('readJsonBody', () => {
  it('parses a JSON body, with or without a charset', async () => {
    expect(await readJsonBody(request('{"answers":{}}'))).toEqual({ ok: true, value: { answers: {} } })
    expect(await readJsonBody(request('[1]', { 'content-type': 'application/json; charset=utf-8' }))).toEqual({ ok: true, value: [1] })
  })

  it('refuses other content types with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '']) {
      expect(await readJsonBody(request('{}', { 'content-type': type }))).toMatchObject({ ok: false, status: 415 })
    }
  })

  it('refuses more than 100 KB with 413, declared or streamed', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1)
    expect(await readJsonBody(request(JSON.stringify(big)))).toMatchObject({ ok: false, status: 413 })
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024))
      },
    })
    expect(await readJsonBody(request(stream))).toMatchObject({ ok: false, status: 413 })
  })

  it('refuses bytes that are not UTF-8 JSON with 400', async () => {
    for (const body of ['', '{', "{'a':1}", 'NaN']) expect(await readJsonBody(request(body))).toMatchObject({ ok: false, status: 400 })
    expect(await readJsonBody(request(new Uint8Array([0x22, 0xff, 0x22])))).toMatchObject({ ok: false, status: 400 })
  })
})
