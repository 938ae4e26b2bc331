import type { Endpoint, PayloadRequest, TypedUser } from 'payload'

import { isAdminUser } from '@/access'
import { ERASED_COUNTS, SUBJECT_ACCESS_PATH } from '@/admin/subjectAccess/paths'
import { collectSubjectRecords } from './collect'
import { auditSubjectAccess } from './audit'
import { eraseSubject } from './erase'
import { readErasureBody } from './erasureBody'
import { renderSubjectAccessHtml } from './renderHtml'
import { parseErasure, parseSubjectEmail, problemOf, SUBJECT_ACCESS_MESSAGES } from './request'

/** Nothing here may be kept by a browser or proxy cache: it is personal data. */
const PRIVATE = { 'Cache-Control': 'no-store' }

const json = (body: object, status = 200, headers: Record<string, string> = {}) => Response.json(body, { status, headers: { ...PRIVATE, ...headers } })

/** 401 signed out, 403 for staff who are not administrators; the user when allowed. */
function adminOnly(req: PayloadRequest): { user: TypedUser } | { refused: Response } {
  if (!req.user) return { refused: json({ errors: [{ message: 'Sign in as an administrator to make a subject-access request.' }] }, 401) }
  if (!isAdminUser(req.user)) return { refused: json({ errors: [{ message: 'Only administrators can make subject-access requests.' }] }, 403) }
  return { user: req.user }
}

const day = (iso: string) => iso.slice(0, 10)

/**
 * `GET /api/subject-access?email=…` (administrators): everything held about the person, as a
 * JSON download, or with `format=html` as a printable page. Audited as 'subject-access'.
 */
export const subjectAccessEndpoint: Endpoint = {
  path: '/subject-access',
  method: 'get',
  handler: async (req) => {
    const allowed = adminOnly(req)
    if ('refused' in allowed) return allowed.refused
    const parsed = parseSubjectEmail(req.searchParams.get('email'))
    if (!parsed.ok) return json({ errors: parsed.errors }, 400)
    const html = req.searchParams.get('format') === 'html'
    const { report } = await collectSubjectRecords(req, allowed.user, parsed.email)
    await auditSubjectAccess(req, allowed.user, report, html ? 'html' : 'json')
    const name = `subject-access-${day(report.generatedAt)}`
    if (html) {
      return new Response(renderSubjectAccessHtml(report), {
        headers: { ...PRIVATE, 'Content-Type': 'text/html; charset=utf-8', 'Content-Disposition': `inline; filename="${name}.html"` },
      })
    }
    return json(report, 200, { 'Content-Disposition': `attachment; filename="${name}.json"` })
  },
}

/** Back to the view (303), for a form post: the outcome in the query, the address only on a refusal. */
function backToView(req: PayloadRequest, query: Record<string, string>): Response {
  const location = `${req.payload.config.routes.admin}${SUBJECT_ACCESS_PATH}?${new URLSearchParams(query)}`
  return new Response(null, { status: 303, headers: { ...PRIVATE, Location: location } })
}

/**
 * `POST /api/subject-access/erase` with `{ email, confirmEmail }` (administrators): erases the
 * person's referrals, answers, notes, forms in progress and queued emails (src/subjectAccess/
 * erase.ts). 200 with the counts; 400 with field messages; 404 when nothing is held. A form
 * post from the admin view is answered with a redirect back to it.
 */
export const eraseEndpoint: Endpoint = {
  path: '/subject-access/erase',
  method: 'post',
  handler: async (req) => {
    const allowed = adminOnly(req)
    if ('refused' in allowed) return allowed.refused
    const body = await readErasureBody(req)
    if (!body.ok) return json({ errors: [{ message: body.message }] }, body.status)
    const given = typeof body.value.email === 'string' ? body.value.email : ''
    const parsed = parseErasure(body.value)
    if (!parsed.ok) {
      const [error] = parsed.errors
      return body.form ? backToView(req, { email: given, eraseError: problemOf(error.message) ?? 'format' }) : json({ errors: parsed.errors }, 400)
    }
    const result = await eraseSubject(req, allowed.user, parsed.email)
    if (result.status === 404) {
      return body.form ? backToView(req, { email: parsed.email, eraseError: 'notFound' })
        : json({ errors: [{ field: 'email', message: SUBJECT_ACCESS_MESSAGES.notFound }] }, 404)
    }
    if (body.form) return backToView(req, { erased: '1', ...Object.fromEntries(ERASED_COUNTS.map((key) => [key, String(result.counts[key])])) })
    return json({ erased: result.counts })
  },
}
