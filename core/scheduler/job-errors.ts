/**
 * A job's last error as a member may read it. Loop jobs work across every brand and join their per-experiment failures
 * ("exp_…: …; exp_…: …"); a part naming an id of a brand the reader is not a member of is replaced by a count, so
 * "did the ingest fail?" is answered without naming another brand's experiments, assets, campaigns or ads.
 */
const ID = /\b[a-z]{3}_[0-9A-Za-z]{6,40}\b/g;

export function idsIn(text: string): string[] {
  return [...new Set(text.match(ID) ?? [])];
}

export function redactJobError(lastError: string | null, hidden: ReadonlySet<string>): string | null {
  if (!lastError || hidden.size === 0) return lastError;
  const parts = lastError.split(/;\s+/);
  const kept = parts.filter((part) => !idsIn(part).some((id) => hidden.has(id)));
  const left = parts.length - kept.length;
  if (left === 0) return lastError;
  const note = `${left} failure(s) on brands you are not a member of (details hidden)`;
  return kept.length ? `${kept.join("; ")}; ${note}` : note;
}
