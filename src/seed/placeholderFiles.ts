import sharp from 'sharp'

/** Payload's Local API takes files in this shape. */
export type SeedFile = { data: Buffer; mimetype: string; name: string; size: number }

const palettes = [
  ['#0b4f8a', '#2a7fc1', '#9cc9ec'],
  ['#0f6b5c', '#2f9e86', '#a6dccd'],
  ['#6b3fa0', '#9467c9', '#d7c4ee'],
  ['#8a4b0b', '#c17d2a', '#ecd09c'],
  ['#7a1f2b', '#b4464f', '#eab0b5'],
]

/** A deterministic hash so the same document always gets the same picture. */
function hash(text: string): number {
  let h = 2166136261
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 16777619)
  return h >>> 0
}

/**
 * An abstract placeholder picture (no text: the machine that seeds may lack CJK fonts), made
 * with sharp from an SVG so no binary files live in the repository.
 */
export async function placeholderImage(key: string): Promise<SeedFile> {
  const h = hash(key)
  const [dark, mid, light] = palettes[h % palettes.length]!
  const shapes = Array.from({ length: 7 }, (_, i) => {
    const x = ((h >>> (i * 3)) % 1200) + 100
    const y = ((h >>> (i * 2 + 1)) % 600) + 80
    const r = 60 + ((h >>> i) % 220)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${i % 2 ? mid : light}" fill-opacity="0.35"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    <rect width="1600" height="900" fill="${dark}"/>${shapes}
    <path d="M0 760 L260 640 L520 700 L800 560 L1080 650 L1340 590 L1600 680 L1600 900 L0 900 Z" fill="${light}" fill-opacity="0.5"/>
  </svg>`
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
  return { data, mimetype: 'image/jpeg', name: `${key}.jpg`, size: data.length }
}

/** A one-page PDF with a few lines of ASCII text, written by hand with a correct xref table. */
export function placeholderPdf(key: string, lines: string[]): SeedFile {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?')
  const content = lines.map((line, i) => `BT /F1 12 Tf 72 ${760 - i * 20} Td (${escape(line)}) Tj ET`).join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1')
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const data = Buffer.from(pdf, 'latin1')
  return { data, mimetype: 'application/pdf', name: `${key}.pdf`, size: data.length }
}
