import { writeFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { compareThroughput } from './load'
import { printRatios, ratio } from './report'
import { startBenchServer } from './server'

const SERVICE = '/services/coaching-service'
const FLOOR = '/bench/service-floor/coaching-service'
const STATIC_FILE = path.resolve('public/bench-static.html')

async function text(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return response.text()
}

/** Gzipped bytes of every external script a page loads on first visit. */
async function firstLoadJs(base: string, pagePath: string): Promise<number> {
  const html = await text(`${base}${pagePath}`)
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))]
  const sizes = await Promise.all(sources.map(async (src) => gzipSync(Buffer.from(await text(new URL(src, base).toString()))).length))
  return sizes.reduce((sum, size) => sum + size, 0)
}

/**
 * The CMS must cost nothing once a page is cached: a CMS-backed service page against the same
 * HTML prerendered without the CMS (the framework's floor) and as a static file (the physical
 * limit), and the home page's first-load JavaScript against a blank page of the same app.
 */
export async function benchSite(): Promise<boolean> {
  // Next serves files in public/ only if they exist at start, so take the page's HTML first.
  const first = await startBenchServer()
  let html: string
  try {
    await text(`${first.url}${SERVICE}`)
    html = await text(`${first.url}${SERVICE}`)
  } finally {
    await first.stop()
  }
  writeFileSync(STATIC_FILE, html)
  const server = await startBenchServer()
  try {
    const floorHtml = await text(`${server.url}${FLOOR}`)
    console.log(`service page ${html.length} B of HTML; floor ${floorHtml.length} B; static file ${html.length} B`)
    const results = await compareThroughput([
      { name: 'cms', url: `${server.url}${SERVICE}` },
      { name: 'floor', url: `${server.url}${FLOOR}` },
      { name: 'static', url: `${server.url}/bench-static.html` },
    ])
    const rps = (name: string) => results.get(name)?.requestsPerSecond ?? 0
    for (const result of results.values()) {
      if (result.non2xx || result.errors) console.log(`  note: ${result.name} had ${result.non2xx} non-2xx, ${result.errors} errors`)
    }
    const homeJs = await firstLoadJs(server.url, '/')
    const blankJs = await firstLoadJs(server.url, '/bench/blank')
    const extraKb = (homeJs - blankJs) / 1024
    const throughputOk = printRatios('Public pages (throughput, median of interleaved rounds)', [
      ratio('CMS service page vs the same HTML prerendered without the CMS', rps('cms'), rps('floor'), 0.9),
      ratio('CMS service page vs the same HTML as a static file', rps('cms'), rps('static'), 0.45),
    ])
    const jsOk = extraKb <= 10
    console.log(
      `  ${jsOk ? 'PASS' : 'FAIL'}  first-load JS (gzip): home ${(homeJs / 1024).toFixed(1)} KB vs blank page ` +
        `${(blankJs / 1024).toFixed(1)} KB = ${(homeJs / blankJs).toFixed(2)}×, +${extraKb.toFixed(1)} KB (target ≤ +10 KB)`,
    )
    return throughputOk && jsOk
  } finally {
    await server.stop()
    rmSync(STATIC_FILE, { force: true })
  }
}
