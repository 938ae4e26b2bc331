import type { Access } from 'payload'

/** Public content with no drafts (support lines, eligibility rules): everyone may read. */
export const anyone: Access = () => true
