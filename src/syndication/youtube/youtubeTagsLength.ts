/** YouTube counts commas between tags, and 2 extra for the implied quotes of a tag with a space. */
export function youtubeTagsLength(tags: string[]): number {
  return tags.reduce((sum, tag) => sum + tag.length + (tag.includes(' ') ? 2 : 0), 0) + Math.max(0, tags.length - 1)
}
