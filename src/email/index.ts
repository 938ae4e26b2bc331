export * from './types'
export { escapeHtml, fillPlaceholders, oneLine } from './placeholders'
export { renderEmail } from './render'
export { describeSupportLine, referralEmail, type ReferralEmailContext } from './referralEmails'
