import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { Plugin } from 'payload'

/**
 * Payload's own form builder, installed beside the PSU forms in benchmark builds only, under
 * its own slugs, so its submission endpoint can be measured against ours in the same run.
 */
export const formBuilderForBench = (): Plugin =>
  formBuilderPlugin({
    formOverrides: { slug: 'builder-forms', admin: { group: 'Benchmark' } },
    formSubmissionOverrides: { slug: 'builder-form-submissions', admin: { group: 'Benchmark' } },
    fields: { payment: false },
  })
