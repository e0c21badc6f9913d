/**
 * The label of the story that holds paragraph `n` (1-based), given an
 * article's stories in order (each with its first paragraph); undefined when
 * there are none. Binary search: a file may bundle many stories.
 */
export function findStoryLabel(
  stories: readonly { label: string; first: number }[] | undefined,
  n: number,
): string | undefined {
  if (!stories || stories.length === 0) return undefined;
  let low = 0;
  let high = stories.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (stories[middle]!.first <= n) low = middle;
    else high = middle - 1;
  }
  return stories[low]!.label;
}
