import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { JsonField as JsonField_7826c4d93f87abd88422233a7481f2fe } from '../../../src/admin/JsonField.client'
import { ReferralSummary as ReferralSummary_a8f7e6154dddf72a46dfb92fb27d7984 } from '../../../src/admin/referral/ReferralSummary'
import { RetryJobButton as RetryJobButton_2aeb2d8c729eef583a4311da9c8d0589 } from '../../../src/jobs/RetryJobButton.client'
import { NextAuditPurge as NextAuditPurge_41f779b09c000436da1f2bbbd694f41e } from '../../../src/admin/retention/NextAuditPurge'
import { Icon as Icon_e69266a09e6a4f5c4b99a0ef53940000 } from '../../../src/admin/branding/Icon'
import { Logo as Logo_b06aa0114dadeacef2f92b12c49c3013 } from '../../../src/admin/branding/Logo'
import { CaseworkNavLink as CaseworkNavLink_ccddf6fa90e3328cb016fff1d4c579db } from '../../../src/admin/casework/CaseworkNavLink'
import { ReportsNavLink as ReportsNavLink_2e8312fab974f0b98f361f0837d867ce } from '../../../src/admin/reports/ReportsNavLink'
import { SubjectAccessNavLink as SubjectAccessNavLink_470360ebeb71985bf921eecaf03eb666 } from '../../../src/admin/subjectAccess/SubjectAccessNavLink'
import { CaseworkView as CaseworkView_825096a18627b9da42a41ed0bcc0b2ad } from '../../../src/admin/casework/CaseworkView'
import { ReportsView as ReportsView_66aead1920b2bf8aff3b464e363ba9cd } from '../../../src/admin/reports/ReportsView'
import { SubjectAccessView as SubjectAccessView_b239bb66ebc417bffc2fa36ff0456ce4 } from '../../../src/admin/subjectAccess/SubjectAccessView'
import { Dashboard as Dashboard_e57afc99291726bda4e4e9629bc62236 } from '../../../src/admin/dashboard/Dashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/JsonField.client#JsonField": JsonField_7826c4d93f87abd88422233a7481f2fe,
  "/src/admin/referral/ReferralSummary#ReferralSummary": ReferralSummary_a8f7e6154dddf72a46dfb92fb27d7984,
  "/src/jobs/RetryJobButton.client#RetryJobButton": RetryJobButton_2aeb2d8c729eef583a4311da9c8d0589,
  "/src/admin/retention/NextAuditPurge#NextAuditPurge": NextAuditPurge_41f779b09c000436da1f2bbbd694f41e,
  "/src/admin/branding/Icon#Icon": Icon_e69266a09e6a4f5c4b99a0ef53940000,
  "/src/admin/branding/Logo#Logo": Logo_b06aa0114dadeacef2f92b12c49c3013,
  "/src/admin/casework/CaseworkNavLink#CaseworkNavLink": CaseworkNavLink_ccddf6fa90e3328cb016fff1d4c579db,
  "/src/admin/reports/ReportsNavLink#ReportsNavLink": ReportsNavLink_2e8312fab974f0b98f361f0837d867ce,
  "/src/admin/subjectAccess/SubjectAccessNavLink#SubjectAccessNavLink": SubjectAccessNavLink_470360ebeb71985bf921eecaf03eb666,
  "/src/admin/casework/CaseworkView#CaseworkView": CaseworkView_825096a18627b9da42a41ed0bcc0b2ad,
  "/src/admin/reports/ReportsView#ReportsView": ReportsView_66aead1920b2bf8aff3b464e363ba9cd,
  "/src/admin/subjectAccess/SubjectAccessView#SubjectAccessView": SubjectAccessView_b239bb66ebc417bffc2fa36ff0456ce4,
  "/src/admin/dashboard/Dashboard#Dashboard": Dashboard_e57afc99291726bda4e4e9629bc62236,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
