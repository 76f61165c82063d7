/** Cache tags shared by the public site's reads and the hooks that expire them. */
export const cacheTags = {
  news: 'news',
} as const
