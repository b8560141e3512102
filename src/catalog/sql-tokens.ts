import { isSpaceOrComment, tokens, TOKEN_RULES } from '../sql/lexer';

/**
 * SQL text as tokens, without whitespace and comments: two texts with equal
 * tokens differ only in layout. String literals, quoted identifiers and
 * dollar-quoted strings are single tokens kept verbatim (their spaces are
 * data). Undefined for text the lexer cannot close (an unterminated quote):
 * callers then compare the text itself.
 */
export function sqlTokens(text: string): string[] | undefined {
  const out: string[] = [];
  for (const token of tokens(text, TOKEN_RULES)) {
    if (!token.closed) return undefined;
    if (isSpaceOrComment(token)) continue;
    // E'...' is one token: the E was read as a word just before.
    if (token.escapes) out.pop();
    out.push(text.slice(token.escapes ? token.start - 1 : token.start, token.end));
  }
  return out;
}

/** Like sqlTokens, with dollar-quoted strings (function bodies) opened up into their own tokens, for showing where two texts differ. */
export function sqlTokensDeep(text: string): string[] | undefined {
  return sqlTokens(text)?.flatMap((t) => {
    const tag = /^\$[^$]*\$/.exec(t)?.[0];
    const inner = tag && sqlTokens(t.slice(tag.length, t.length - tag.length));
    return tag && inner ? [tag, ...inner, tag] : [t];
  });
}
