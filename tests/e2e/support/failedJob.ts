import { createClient } from '@libsql/client'

import { SEND_EMAIL_RETRIES, type SendEmailInput } from '@/jobs/sendEmail'

/** The first try and every retry. */
const TRIES_WHEN_GIVEN_UP = SEND_EMAIL_RETRIES.attempts + 1

/**
 * Puts a `sendEmail` job that has used all its retries into a test server's SQLite database,
 * as Payload leaves one after hours of failed sends. Nobody may create jobs over the API, and
 * real retries take hours, so the row is written directly. Returns the job's id.
 */
export async function insertFailedEmailJob(databaseUri: string, input: SendEmailInput): Promise<number> {
  const client = createClient({ url: databaseUri })
  try {
    const result = await client.execute({
      sql: `INSERT INTO payload_jobs (input, task_slug, queue, total_tried, has_error, error, processing)
            VALUES (?, 'sendEmail', 'default', ?, 1, ?, 0) RETURNING id`,
      args: [
        JSON.stringify(input),
        TRIES_WHEN_GIVEN_UP,
        JSON.stringify({ name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:25' }),
      ],
    })
    return Number(result.rows[0]?.id)
  } finally {
    client.close()
  }
}
