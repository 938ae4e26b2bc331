/** What the request says about where it came from. */
export type RequestOrigin = {
  /** The `X-Forwarded-For` header as the server received it (Next adds the socket only when absent). */
  forwardedFor: string | null
  /** The TCP peer's address, recorded by this server (`peerAddress`). */
  peer: string | undefined
}

const ADDRESS = /^[0-9a-fA-F:.]{2,45}$/

/** The key for clients whose address cannot be told: they share one quota. */
export const UNKNOWN_CLIENT = 'unknown'

function normalise(address: string | undefined): string {
  const trimmed = address?.trim() ?? ''
  if (!ADDRESS.test(trimmed)) return UNKNOWN_CLIENT
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  return trimmed.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase()
}

/**
 * The client's address, which the client cannot choose. With no proxy (`hops` 0) it is the
 * TCP peer. Behind `hops` trusted proxies, each appending the address it saw to
 * `X-Forwarded-For`, it is the `hops`-th entry from the right: entries further left were
 * written by the client. A chain shorter than `hops` did not come through every proxy, so the
 * peer is used. Pure: `clientAddress` in `./index` feeds it the request and the setting.
 */
export function clientAddressFrom(origin: RequestOrigin, hops: number): string {
  if (hops > 0) {
    const chain = (origin.forwardedFor ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
    if (chain.length >= hops) return normalise(chain[chain.length - hops])
  }
  return normalise(origin.peer)
}
