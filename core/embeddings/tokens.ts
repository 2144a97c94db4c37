/** Tokenisation shared by the offline embedder, the tagger and full-text queries: words a marketer would type. */
const STOPWORDS = new Set(
  (
    "a an and are as at be but by for from has have he her his i if in into is it its me my of on or our she so " +
    "that the their them then there these they this to was we were what when where which who will with you your " +
    "any some all can could should would do does did just like more most very also about over than too only " +
    "find show get give me us look looks looking feel feels feeling asset assets image images photo photos picture pictures something things thing"
  ).split(" "),
);

/** Lower-cased, accent-free words and numbers; stopwords dropped. */
export function tokenize(text: string, keepStopwords = false): string[] {
  const plain = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const words = plain.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  return words.map((w) => w.replace(/'s$/, "")).filter((w) => w.length > 0 && (keepStopwords || !STOPWORDS.has(w)));
}

export const isStopword = (word: string) => STOPWORDS.has(word);

/** Cheap plural/verb endings, tried only when the word itself is unknown to the vocabulary. */
export function stems(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith("ies") && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es") && word.length > 3) out.push(word.slice(0, -2));
  if (word.endsWith("s") && word.length > 3) out.push(word.slice(0, -1));
  if (word.endsWith("ing") && word.length > 5) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith("ed") && word.length > 4) out.push(word.slice(0, -2), word.slice(0, -1));
  return out;
}

/** FNV-1a 32-bit: stable across processes, so hashed n-gram vectors are the same everywhere. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
