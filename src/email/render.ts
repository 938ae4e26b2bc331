import { escapeHtml, fillPlaceholders, oneLine } from './placeholders'
import type { EmailSection, EmailTemplate, PlaceholderValues, RenderedEmail } from './types'

const paragraphsOf = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

const safeHref = (href: string): string | undefined => (/^https?:\/\/[^\s"'<>]+$/.test(href) ? href : undefined)

function sectionText(section: EmailSection): string {
  const link = section.link ? [`${section.link.text}: ${section.link.href}`] : []
  return [section.heading, ...section.lines, ...link].join('\n')
}

function sectionHtml(section: EmailSection): string {
  const lines = section.lines.map((line) => `<p style="margin:0 0 8px">${escapeHtml(line)}</p>`).join('')
  const href = section.link && safeHref(section.link.href)
  const link = section.link && href ? `<p><a href="${escapeHtml(href)}">${escapeHtml(section.link.text)}</a></p>` : ''
  return `<h2 style="font-size:19px;margin:24px 0 8px">${escapeHtml(section.heading)}</h2>${lines}${link}`
}

/**
 * One email, as a text part and an HTML part. Staff text and every value are escaped in the
 * HTML part, so an answer such as `<script>` arrives as text. Sections the platform requires
 * (reference, crisis lines, admin link) follow the staff-written body.
 */
export function renderEmail(template: EmailTemplate, values: PlaceholderValues, sections: EmailSection[], urgent = false): RenderedEmail {
  const subject = oneLine(fillPlaceholders(template.subject, values))
  const paragraphs = paragraphsOf(template.body)
  const banner = urgent ? 'URGENT: this referral answered a risk question and needs a response today.' : undefined
  const text = [banner, ...paragraphs.map((paragraph) => fillPlaceholders(paragraph, values)), ...sections.map(sectionText)]
    .filter((part): part is string => Boolean(part))
    .join('\n\n')
  const bodyHtml = paragraphs
    .map((paragraph) => `<p style="margin:0 0 16px">${fillPlaceholders(escapeHtml(paragraph), values, escapeHtml).replace(/\r?\n/g, '<br>')}</p>`)
    .join('')
  const bannerHtml = banner
    ? `<p style="background:#d5281b;color:#fff;padding:12px;font-weight:bold;margin:0 0 16px">${escapeHtml(banner)}</p>`
    : ''
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#212b32">',
    bannerHtml,
    bodyHtml,
    sections.map(sectionHtml).join(''),
    '</body></html>',
  ].join('')
  return { subject: urgent && !/\burgent\b/i.test(subject) ? `URGENT: ${subject}` : subject, text, html, priority: urgent ? 'high' : 'normal' }
}
