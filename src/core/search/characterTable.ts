/** The Traditional -> Simplified character table the index ships (built by plugins/standards-compiler/search/traditional.ts), as queries read it. */
export function parseCharacterTable(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i], chars[i + 1]);
  return table;
}
