import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server in the test process that keeps every message it accepts. */
export type TestSmtp = {
  url: string
  port: number
  messages: ParsedMail[]
  /** Stops listening, so senders get "connection refused" as when the mail server is down. */
  stop: () => Promise<void>
  /** Listens again on the same port. */
  start: () => Promise<void>
  /** While on, messages are read but never acknowledged: a send hangs as on a stuck server. */
  stall: (on: boolean) => void
  /** Messages held unacknowledged by a stall so far. */
  stalled: () => number
  /** Resolves once `count` messages have arrived, or rejects after `timeoutMs`. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>
  /** The first email to the address, once it arrives (queued emails go out every 10 s). */
  waitForEmailTo: (address: string, timeoutMs?: number) => Promise<ParsedMail>
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))
  })
}

/** Starts an SMTP server on a free local port (no TLS, no login: test traffic only). */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = []
  let stalling = false
  let stalledCount = 0
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        if (stalling) {
          stalledCount += 1
          stream.resume()
          return
        }
        simpleParser(stream)
          .then((mail) => {
            messages.push(mail)
            callback()
          })
          .catch((error: Error) => callback(error))
      },
    })
  let server = make()
  let listening = true
  const port = await listen(server, 0)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve()
      listening = false
      server.close(() => resolve())
    })
  const start = async () => {
    if (listening) return
    server = make()
    await listen(server, port)
    listening = true
  }
  const waitFor = async (count: number, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs
    while (messages.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} emails, got ${messages.length}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    return messages
  }
  const waitForEmailTo = async (address: string, timeoutMs = 40_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = messages.find((mail) => recipientsOf(mail).includes(address))
      if (found) return found
      if (Date.now() > deadline) throw new Error(`no email to ${address} after ${timeoutMs} ms (${messages.length} others)`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const stall = (on: boolean) => {
    stalling = on
  }
  return { url: `smtp://127.0.0.1:${port}`, port, messages, stop, start, stall, stalled: () => stalledCount, waitFor, waitForEmailTo }
}

/** Every address a message was sent to. */
export const recipientsOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((group) => group.value.map((entry) => entry.address ?? ''))
