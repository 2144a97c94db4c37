import { monotonicFactory } from "ulid";

/** Every id kind Winnow hands out; the prefix says what an id points at. */
export const ID_PREFIXES = {
  asset: "ast",
  brand: "brd",
  ruleSet: "brs",
  template: "tpl",
  templateVersion: "tpv",
  prompt: "prm",
  promptVersion: "prv",
  model: "mdl",
  campaign: "cmp",
  audience: "aud",
  run: "run",
  edge: "edg",
  experiment: "exp",
  arm: "arm",
  allocation: "alc",
  deployment: "dep",
  ingestion: "ing",
  review: "rvw",
  decision: "dec",
  feedback: "fbk",
  job: "job",
  cost: "cst",
  event: "evt",
  tag: "tag",
  conversation: "cnv",
  taggerVersion: "tgv",
  product: "prd",
  talent: "tal",
  scene: "scn",
  member: "mbr",
  token: "tok",
  audit: "adt",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[IdKind];

/** Crypto-random bytes from a pooled buffer: ulid's default PRNG asks the OS once per character (16 calls an id). */
const pool = new Uint8Array(4096);
let drawn = pool.length;
function pooledRandom(): number {
  if (drawn === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    drawn = 0;
  }
  return pool[drawn++]! / 256;
}

const nextUlid = monotonicFactory(pooledRandom);

/** Prefix + sortable random (ULID), e.g. `ast_01JD3...`. Stable once made. */
export function newId(kind: IdKind, now: number = Date.now()): string {
  return `${ID_PREFIXES[kind]}_${nextUlid(now)}`;
}

export function hasPrefix(id: string, kind: IdKind): boolean {
  return id.startsWith(`${ID_PREFIXES[kind]}_`);
}
