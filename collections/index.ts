import type { CollectionConfig, GlobalConfig } from 'payload'

import { EligibilityCriteria } from './EligibilityCriteria'
import { Forms } from './Forms'
import { FormSessions } from './FormSessions'
import { FormVersions } from './FormVersions'
import { ContactRouting } from './globals/ContactRouting'
import { SiteSettings } from './globals/SiteSettings'
import { Media } from './Media'
import { Policies } from './Policies'
import { Resources } from './Resources'
import { Services } from './Services'
import { SupportLines } from './SupportLines'
import { Users } from './Users'

/** Every collection, in admin navigation order. */
export const collections: CollectionConfig[] = [
  Services,
  Resources,
  Policies,
  SupportLines,
  EligibilityCriteria,
  Forms,
  FormVersions,
  FormSessions,
  Media,
  Users,
]

export const globals: GlobalConfig[] = [SiteSettings, ContactRouting]
