// Copies the NHS design system's compiled CSS, JS and assets into public/ before dev and build.
// Next's default bundler cannot parse nhsuk-frontend's CSS, and a static file is cached well anyway.
import { cpSync, mkdirSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'node_modules', 'nhsuk-frontend', 'dist', 'nhsuk')
const publicDir = path.join(root, 'public')

mkdirSync(path.join(publicDir, 'nhsuk'), { recursive: true })
cpSync(path.join(dist, 'nhsuk-frontend.min.css'), path.join(publicDir, 'nhsuk', 'nhsuk-frontend.min.css'))
cpSync(path.join(dist, 'nhsuk-frontend.min.js'), path.join(publicDir, 'nhsuk', 'nhsuk-frontend.min.js'))
// The CSS refers to its images at /assets/.
cpSync(path.join(dist, 'assets'), path.join(publicDir, 'assets'), { recursive: true })
