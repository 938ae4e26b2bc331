import type { Page, RoutingRule } from '@/forms/types'

import type { SeedBlock } from '../../lexical'

/** A page as the seed writes it: the engine's page, with exit text as rich-text blocks. */
export type SeedPage = Omit<Page, 'exitContent'> & { exitContent?: SeedBlock[] }

export type SeedEmail = { subject: string; body: string }

/** The Messages tab: what the trainee sees and is sent, and what the PSU is sent. */
export type SeedMessages = {
  confirmation: string
  traineeEmail: SeedEmail
  serviceEmail: SeedEmail
  urgentEmail: SeedEmail
}

/** A staff-editable form as first seeded; routing names services by slug. */
export type SeedForm = {
  slug: string
  title: string
  intro: string
  pages: SeedPage[]
  eligibilityGate: boolean
  routing: { rules: RoutingRule[]; defaultService: string }
  messages: SeedMessages
  retentionDays: number
  /** Working days within which an urgent referral is first contacted. */
  urgentContactWorkingDays: number
}
