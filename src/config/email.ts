import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transport } from 'nodemailer'

import type { Env } from './env'

/** Where `.eml` files go when no SMTP server is configured. */
export const mailDirectory = (): string => path.resolve(process.cwd(), 'data', 'mail')

/**
 * A nodemailer transport that writes each message as an `.eml` file, so development and
 * demos show real emails without an SMTP server.
 */
function emlFileTransport(directory: string): Transport {
  return {
    name: 'eml-file',
    version: '1',
    send(mail, callback) {
      const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`)
      mail.message
        .build()
        .then(async (raw: Buffer) => {
          await mkdir(directory, { recursive: true })
          await writeFile(file, raw)
          callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), file })
        })
        .catch((error: Error) => callback(error, undefined))
    },
  }
}

/** The one email adapter: SMTP when `SMTP_URL` is set, `.eml` files under ./data/mail otherwise. */
export function emailAdapter(env: Env) {
  const from = parseFrom(env.MAIL_FROM)
  const transport = env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport(emlFileTransport(mailDirectory()))
  // Verification would fail start-up while SMTP is down; sending is retried by jobs instead.
  return nodemailerAdapter({ ...from, transport, skipVerify: true })
}

function parseFrom(value: string): { defaultFromName: string; defaultFromAddress: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value)
  return match
    ? { defaultFromName: match[1] || match[2], defaultFromAddress: match[2] }
    : { defaultFromName: value, defaultFromAddress: value }
}
