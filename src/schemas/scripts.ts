import { z } from 'zod'

/** Letters (`\p{L}`) not of the script `own` matches, once Latin acronyms in capitals (`COVID`) are set aside when `acronyms`. */
function foreignLetters(text: string, own: RegExp, acronyms: boolean): string[] {
  const rest = acronyms ? text.replace(/(?<!\p{L})[A-Z]{2,}(?!\p{L})/gu, '') : text
  const letters = [...rest.matchAll(/\p{L}/gu)].map(([letter]) => letter)
  return [...new Set(letters.filter((letter) => !own.test(letter)))]
}

/** Each language's script, and what a value of each kind in it is expected to be. */
const scripts = {
  ru: {
    own: /\p{Script=Cyrillic}/u,
    expected: { name: 'a Russian name in Cyrillic', title: 'a Russian title in Cyrillic (Latin letters only in an acronym in capitals, such as COVID)' },
  },
  zh: {
    own: /\p{Script=Han}/u,
    expected: { name: 'a Chinese name in Han characters (parts joined by ·, a hyphenated part by -)', title: 'a Chinese title in Han characters' },
  },
} as const

/** The issue for `text` written in the wrong script, or `undefined` when it is right. */
function scriptIssue(text: string, kind: 'name' | 'title', language: 'ru' | 'zh'): string | undefined {
  const { own, expected: expectations } = scripts[language]
  const expected = expectations[kind]
  if (!own.test(text)) return `expected ${expected}, got ${JSON.stringify(text)}`
  const foreign = foreignLetters(text, own, language === 'ru' && kind === 'title')
  if (foreign.length > 0) return `expected ${expected}, got ${JSON.stringify(text)} with ${foreign.join(', ')}`
  if (kind === 'name' && /[^\p{L}\p{M} .\-'’·]/u.test(text)) return `expected ${expected}, got ${JSON.stringify(text)}: a name has only letters, spaces, hyphens, dots and apostrophes`
  if (language === 'zh' && kind === 'name' && /[ .'’]/u.test(text)) return `expected ${expected}, got ${JSON.stringify(text)}: parts are joined by ·, not spaces or dots`
  return undefined
}

/**
 * A name or title in Russian (Cyrillic) or Chinese (Han characters): a string, trimmed and not empty,
 * whose letters are all of that language's script. A Russian title may hold a Latin acronym in
 * capitals (`COVID`); a name holds only letters, spaces, hyphens, dots and apostrophes, and a
 * Chinese name joins its parts with `·`.
 */
export function inScript(kind: 'name' | 'title', language: 'ru' | 'zh') {
  return z
    .string()
    .trim()
    .min(1)
    .superRefine((text, ctx) => {
      const issue = scriptIssue(text, kind, language)
      if (issue !== undefined) ctx.addIssue({ code: 'custom', message: issue })
    })
}
