import { randomBytes } from 'node:crypto'
import http from 'node:http'

/**
 * The request header this server writes the TCP peer's address into. Next.js gives route
 * handlers and server actions no socket, and it fills `X-Forwarded-For` from the socket only
 * when the client sent none (`??=` in its base server), so that header alone cannot say who
 * connected.
 */
export const PEER_HEADER = 'x-psu-peer-address'

// Shared through `globalThis`: instrumentation and the route bundles are separate module graphs.
const TOKEN = Symbol.for('psu.peerAddressToken')
type WithToken = typeof globalThis & { [TOKEN]?: string }
type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean

/**
 * Called once at start-up (instrumentation): every request the HTTP server receives gets
 * `PEER_HEADER` set to a per-process secret and its socket's address, replacing whatever the
 * client sent. The secret marks the value as the server's own, so a request that arrived
 * before this ran (while the server booted) cannot pass off an address of its choosing.
 */
export function recordPeerAddresses(): void {
  const global = globalThis as WithToken
  if (global[TOKEN]) return
  const token = randomBytes(18).toString('base64url')
  global[TOKEN] = token
  const emit = http.Server.prototype.emit as Emit
  const recording: Emit = function (event, ...args) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage
      req.headers[PEER_HEADER] = `${token} ${req.socket?.remoteAddress ?? ''}`
    }
    return emit.call(this, event, ...args)
  }
  http.Server.prototype.emit = recording as typeof http.Server.prototype.emit
}

/** The TCP peer's address as this server recorded it, or undefined (not recorded, or forged). */
export function peerAddress(headers: Headers): string | undefined {
  const token = (globalThis as WithToken)[TOKEN]
  const [given, address] = (headers.get(PEER_HEADER) ?? '').split(' ')
  return token && given === token && address ? address : undefined
}
