/** Hashtags and @mentions as Instagram counts them (a tag starts at a word boundary). */
export function countCaptionTags(caption: string): { hashtags: number; mentions: number; length: number } {
  return {
    hashtags: (caption.match(/(^|\s)#[\p{L}\p{N}_]+/gu) ?? []).length,
    mentions: (caption.match(/(^|\s)@[\w.]+/g) ?? []).length,
    // Instagram counts characters, not UTF-16 units.
    length: [...caption].length,
  }
}
