import sharp from 'sharp'

const palettes = [
  ['#0b5394', '#6fa8dc', '#f1c232'],
  ['#38761d', '#93c47d', '#ffe599'],
  ['#990000', '#e06666', '#fce5cd'],
  ['#351c75', '#8e7cc3', '#d9d2e9'],
  ['#b45f06', '#f6b26b', '#fff2cc'],
  ['#134f5c', '#76a5af', '#d0e0e3'],
]

/**
 * A landscape JPEG drawn locally (no downloads): gradient sky, hills and a sun, varied by index.
 * No text, so it renders identically whatever fonts the machine has.
 */
export const generateDemoImage = async (index: number, width = 1600, height = 1000): Promise<Buffer> => {
  const [dark, mid, light] = palettes[index % palettes.length]
  const sunX = 200 + ((index * 337) % (width - 400))
  const hill = (offset: number) => 600 + ((index * 53 + offset) % 120)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${sunX}" cy="220" r="110" fill="#fff" fill-opacity="0.7"/>
    <path d="M0 ${hill(0)} Q ${width * 0.3} ${hill(40) - 220} ${width * 0.6} ${hill(80)} T ${width} ${hill(20)} V ${height} H 0 Z" fill="${mid}"/>
    <path d="M0 ${hill(60) + 120} Q ${width * 0.45} ${hill(10) - 80} ${width} ${hill(90) + 100} V ${height} H 0 Z" fill="${dark}"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
