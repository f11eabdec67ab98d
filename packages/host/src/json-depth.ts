/**
 * How deeply a JSON text nests, in one linear pass over it, without parsing it. The API refuses a body
 * that nests deeper than any input of ours before tRPC parses it: V8's JSON.parse takes 100,000 nested
 * brackets in its stride, but the input's size check, the schemas and the logger then recurse into the
 * value and overflow the stack. No JSON library we use bounds nesting on its own, and counting brackets
 * outside strings is all this needs; malformed text is left to JSON.parse to refuse.
 */
export function jsonDepthExceeds(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}
