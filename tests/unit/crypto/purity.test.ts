import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'

/** The cipher, the keys and the stored-value format are pure: node:crypto and each other only. */
const PURE = ['src/crypto/cipher.ts', 'src/crypto/keys.ts', 'src/crypto/fieldValues.ts']
const IMPORT = /^(?:import|export)\b[^;]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm

describe('crypto purity', () => {
  it.each(PURE)('%s imports only node:crypto and its siblings', (file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1] ?? match[2])
    expect(imports.filter((name) => name !== 'node:crypto' && !name.startsWith('./'))).toEqual([])
  })
})
