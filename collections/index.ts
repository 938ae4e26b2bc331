import type { CollectionConfig, GlobalConfig } from 'payload'

import { withRoleNavigation } from '@/access/navigation'
import { readOnlyJsonFields } from '@/admin/readOnlyJsonFields'

import { AuditLog } from './AuditLog'
import { EligibilityCriteria } from './EligibilityCriteria'
import { Forms } from './Forms'
import { FormSessions } from './FormSessions'
import { FormVersions } from './FormVersions'
import { ContactRouting } from './globals/ContactRouting'
import { SiteSettings } from './globals/SiteSettings'
import { WorkingCalendar } from './globals/WorkingCalendar'
import { Media } from './Media'
import { Policies } from './Policies'
import { RateLimits } from './RateLimits'
import { ReferralStats } from './ReferralStats'
import { ReportRollups } from './ReportRollups'
import { Retention } from './globals/Retention'
import { Resources } from './Resources'
import { Services } from './Services'
import { Submissions } from './Submissions'
import { SupportLines } from './SupportLines'
import { Users } from './Users'

/**
 * Every collection, in admin navigation order. JSON fields show as read-only text: Payload's
 * JSON editor would load from a public CDN. Each role's admin shows only the collections and
 * globals it can use (src/access/navigation.ts).
 */
export const collections: CollectionConfig[] = [
  Services,
  Resources,
  Policies,
  SupportLines,
  EligibilityCriteria,
  Forms,
  FormVersions,
  FormSessions,
  Submissions,
  Media,
  Users,
  AuditLog,
  RateLimits,
  ReferralStats,
  ReportRollups,
].map((collection) => withRoleNavigation({ ...collection, fields: readOnlyJsonFields(collection.fields) }))

export const globals: GlobalConfig[] = [SiteSettings, ContactRouting, WorkingCalendar, Retention].map(withRoleNavigation)
