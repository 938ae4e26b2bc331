/** Rich-text blocks for seed content: paragraphs and bulleted lists. */
export type SeedBlock = string | { list: string[] }

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

const paragraph = (value: string) => ({
  type: 'paragraph',
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})

const list = (items: string[]) => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((item, index) => ({
    type: 'listitem',
    value: index + 1,
    children: [text(item)],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  })),
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

/** Lexical editor state for the given blocks, as the admin's rich-text field stores it. */
export function richText(blocks: SeedBlock[]) {
  return {
    root: {
      type: 'root',
      children: blocks.map((block) => (typeof block === 'string' ? paragraph(block) : list(block.list))),
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
    },
  }
}
