import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '@/config/env'
import { richText } from '@/seed/lexical'

type Answers = Record<string, unknown>

const fieldFor = (name: string, value: unknown) => ({
  blockType: name === 'email' ? 'email' : typeof value === 'string' && value.length > 100 ? 'textarea' : 'text',
  name,
  label: name,
  required: true,
})

/**
 * Benchmark set-up: a form-builder form equivalent to the PSU application (one required field
 * per answer, a confirmation to the trainee and a notification to the PSU), returning its id.
 */
export async function POST(request: Request): Promise<Response> {
  if (!env().benchRoutes) return new Response('Not found', { status: 404 })
  const payload = await getPayload({ config })
  const { answers } = (await request.json()) as { answers: Answers }
  const form = await payload.create({
    collection: 'builder-forms' as 'forms',
    data: {
      title: 'Apply for support (form builder)',
      fields: Object.entries(answers).map(([name, value]) => fieldFor(name, value)),
      emails: [
        { emailTo: '{{email}}', subject: 'Your application', message: richText(['Thank you, {{firstName}}.']) },
        { emailTo: 'psu.lase@hee.nhs.uk', subject: 'New application', message: richText(['A new application.']) },
      ],
      confirmationType: 'message',
      confirmationMessage: richText(['Thank you.']),
    } as never,
  })
  return Response.json({ id: form.id }, { status: 201 })
}
