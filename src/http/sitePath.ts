/**
 * The same-origin path a redirect may send a visitor to, or `/`.
 *
 * The value is parsed as a browser would, against the site's own origin: tabs and newlines are
 * dropped, backslashes count as slashes, `..` segments resolve. Anything that then points at
 * another origin (`//evil.example`, `/\t/evil.example`, `https://evil.example`) gives `/`, and the
 * path comes back percent-encoded, so no control character can reach a `Location` header.
 */
export function sitePath(value: string | null | undefined, origin: string): string {
  if (!value) return '/'
  let url: URL
  try {
    url = new URL(value, origin)
  } catch {
    return '/'
  }
  if (url.origin !== new URL(origin).origin) return '/'
  // A path that still begins with two slashes would be read as another host.
  if (url.pathname.startsWith('//')) return '/'
  return `${url.pathname}${url.search}${url.hash}`
}
