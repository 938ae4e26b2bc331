import { cache } from 'react'

import { GENERAL_APPLICATION_SLUG, paths } from '@/site/paths'
import { applicationSearchTerms, urgentHelpPage } from '@/site/fixedPages'
import { getApplicationForms } from './applicationForms'
import { getSiteSettings } from './settings'
import { getSupportLines } from './supportLines'

/** A page of the site that search offers ahead of content: urgent help, then the applications. */
export type FixedPage = { kind: 'help' | 'application'; title: string; summary: string; href: string; text: string }

/** Lower case, punctuation as spaces: "Self-harm" and "self harm" read alike. */
export const searchText = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Urgent help (with every support line's words) and each published form's start page. */
export const getFixedPages = cache(async (): Promise<FixedPage[]> => {
  const [settings, lines, forms] = await Promise.all([getSiteSettings(), getSupportLines(), getApplicationForms()])
  const lineWords = lines.flatMap((line) => [line.name, line.whoFor, line.textCode, line.linkLabel])
  const help: FixedPage = {
    kind: 'help',
    title: urgentHelpPage.title,
    summary: urgentHelpPage.description,
    href: paths.urgentHelp(),
    text: [urgentHelpPage.title, settings.urgentHelp.heading, settings.urgentHelp.text, ...lineWords, ...urgentHelpPage.searchTerms]
      .filter(Boolean)
      .join(' '),
  }
  const general = forms.filter((form) => form.slug === GENERAL_APPLICATION_SLUG)
  const others = forms.filter((form) => form.slug !== GENERAL_APPLICATION_SLUG)
  const applications = [...general, ...others].map(
    (form): FixedPage => ({
      kind: 'application',
      title: form.title,
      summary: 'Start page of the online application form. Access to the PSU is by self-referral.',
      href: form.href,
      text: [form.title, ...applicationSearchTerms].join(' '),
    }),
  )
  return [help, ...applications]
})

/** Fixed pages whose words contain the query (the phrase, or each of its words as a word start). */
export async function searchFixedPages(query: string): Promise<FixedPage[]> {
  const phrase = searchText(query)
  if (!phrase) return []
  const words = phrase.split(' ')
  const pages = await getFixedPages()
  return pages.filter((page) => {
    const text = ` ${searchText(page.text)} `
    return text.includes(` ${phrase}`) || words.every((word) => text.includes(` ${word}`))
  })
}
