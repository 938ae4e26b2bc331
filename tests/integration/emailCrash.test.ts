import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { recoverStaleJobs, STALE_AFTER_MS } from '@/jobs/recoverStaleJobs'
import { URGENT_HANDOVER_MS } from '@/submissions/queueEmails'
import { submitReferral } from '@/submissions/submit'
import { runQueue } from '../helpers/emailQueue'
import { validAnswers } from '../helpers/referralForm'
import { startTestSmtp } from '../helpers/smtp'

jest.setTimeout(300_000)

// One SQLite file shared by the child processes and, later, this process.
const smtp = await startTestSmtp()
const database = `file:${path.join(mkdtempSync(path.join(os.tmpdir(), 'psu-crash-')), 'crash.db')}`
const previous = { SMTP_URL: process.env.SMTP_URL, DATABASE_URI: process.env.DATABASE_URI }
const children: ChildProcess[] = []
let payload: Payload | undefined

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await payload?.destroy()
  await smtp.stop()
  Object.assign(process.env, previous)
})

/** Boots Payload in a separate jest process (tests/helpers/crashChild.ts) and waits for READY. */
function startChild(mode: 'submit' | 'run-jobs'): Promise<ChildProcess> {
  const { JEST_WORKER_ID: _worker, ...inherited } = process.env
  const args = ['node_modules/jest/bin/jest.js', '--selectProjects', 'integration', '--testMatch', '**/tests/helpers/crashChild.ts', '--runInBand']
  const child = spawn(process.execPath, ['--experimental-vm-modules', ...args], {
    cwd: process.cwd(),
    env: {
      ...inherited,
      NODE_ENV: 'test',
      CRASH_CHILD_MODE: mode,
      CRASH_CHILD_DATABASE_URI: database,
      SMTP_URL: smtp.url,
      PAYLOAD_SECRET: 'integration-test-secret',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child not ready after 150 s:\n${output}`)), 150_000)
    child.once('exit', () => clearTimeout(timer))
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('READY')) {
        clearTimeout(timer)
        resolve(child)
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code, signal) => reject(new Error(`child exited (${code ?? signal}) before it was ready:\n${output}`)))
  })
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`child ended by itself (${child.exitCode ?? child.signalCode})`))
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })

const waitUntil = async (check: () => boolean, what: string, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('email survives a killed server process', () => {
  it('sends the emails of a referral stored just before the process was killed, once each', async () => {
    const child = await startChild('submit')
    await killed(child)
    expect(smtp.messages).toHaveLength(0)

    process.env.DATABASE_URI = database
    process.env.SMTP_URL = smtp.url
    const { startPayload } = await import('../helpers/payload')
    payload = await startPayload()
    // The killed request queued nothing: a minute on, the sweep takes its urgent referral over.
    await runQueue(payload, {}, new Date(Date.now() + URGENT_HANDOVER_MS + 1000))
    await smtp.waitFor(3)
    await runQueue(payload)
    expect(smtp.messages.map((mail) => mail.subject).sort()).toEqual([
      expect.stringMatching(/^New referral \w{8} for Careers Unit$/),
      expect.stringMatching(/^URGENT: Referral \w{8} needs a response today$/),
      expect.stringMatching(/^Your referral \w{8}$/),
    ])
  })

  it('hands back jobs left processing by a process killed mid-send, and sends them once', async () => {
    if (!payload) throw new Error('the first test boots Payload')
    const result = await submitReferral(payload, { slug: 'crash-referral', body: { answers: validAnswers() }, sendEmailsNow: false })
    const reference = result.status === 201 ? result.reference : 'none'
    smtp.stall(true)
    const child = await startChild('run-jobs')
    await waitUntil(() => smtp.stalled() > 0, 'a send to stall')
    await killed(child)
    smtp.stall(false)

    const stuck = await payload.find({ collection: 'payload-jobs', where: { processing: { equals: true } }, depth: 0 })
    expect(stuck.totalDocs).toBe(2)
    await runQueue(payload)
    expect(await recoverStaleJobs(payload)).toBe(0)
    expect(await recoverStaleJobs(payload, new Date(Date.now() + STALE_AFTER_MS + 1000))).toBe(2)
    await runQueue(payload)
    await runQueue(payload)
    const mine = smtp.messages.filter((mail) => mail.subject?.includes(reference))
    expect(mine.map((mail) => mail.subject).sort()).toEqual([`New referral ${reference} for Careers Unit`, `Your referral ${reference}`])
  })
})
