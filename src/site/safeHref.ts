import { z } from 'zod'

/** What an editor is told when a link is refused. */
export const SAFE_HREF_MESSAGE =
  'Enter a link starting with https://, mailto: or tel:, or a page on this site starting with / (like /resources)'

const MAX_LENGTH = 2000

/** Characters a browser strips or folds before reading the scheme: they must not hide one. */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\\]/

/** A phone link: digits, with the spaces, brackets and dashes people write them with. */
const TEL = /^tel:\+?[\d(][\d ()-]*$/i

/** An https address with a host (no `user@` before it), or an email address. */
const ABSOLUTE = /^(https:\/\/[^/?#@]+([/?#]|$)|mailto:[^/])/i

/** A page on this site: starts with one slash (two would be another host). */
const SITE_PATH = /^\/(?![/\\])/

/**
 * A link safe to put in an `href` on every page: `https:`, `mailto:`, `tel:` or a path on this
 * site (`/…`, not `//…`). Anything else (`javascript:`, `data:`, `http:`, `//host`) is refused,
 * so an editor cannot make the site run script or send trainees off the NHS's secure web.
 */
export const safeHrefSchema = z
  .string()
  .max(MAX_LENGTH, { message: `Enter a link of at most ${MAX_LENGTH} characters` })
  .refine((value) => TEL.test(value) || (!CONTROL_OR_SPACE.test(value) && (ABSOLUTE.test(value) || SITE_PATH.test(value))), {
    message: SAFE_HREF_MESSAGE,
  })

/** True when the link may be rendered as it is. */
export const isSafeHref = (value: unknown): value is string => safeHrefSchema.safeParse(value).success

/** The link when it is safe, otherwise undefined: for rendering links stored before the check. */
export const safeHrefOrUndefined = (value: unknown): string | undefined => (isSafeHref(value) ? value : undefined)
