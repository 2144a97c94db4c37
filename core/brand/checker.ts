/**
 * The seam between generation and brand governance. Generation calls `checkCandidate` on every candidate before it
 * is stored as ready; brand governance implements it. A blocking violation makes generation repair (re-fill the slot,
 * re-render) or drop the candidate with the reason recorded.
 */
export type Severity = "block" | "warn";

export interface Violation {
  ruleId: string;
  kind: string;
  severity: Severity;
  message: string;
  /** Character range in a copy field, or a pixel region of the image. */
  location?:
    | { field: string; start: number; end: number }
    | { region: { x: number; y: number; width: number; height: number } };
  measured?: unknown;
  fix?: string;
}

export interface CandidateCopy {
  headline: string;
  body?: string;
  cta: string;
  disclaimer?: string;
}

export interface Candidate {
  brandId: string;
  offerType?: string;
  platform?: string;
  format: string;
  copy: CandidateCopy;
  /** Rendered image (PNG/JPEG bytes) when checking the final render. */
  image?: Buffer;
  /** Layout boxes the renderer used (logo, text, safe zone), for clear-space and safe-zone checks. */
  layout?: Record<string, { x: number; y: number; width: number; height: number }>;
  inputAssetIds: string[];
  /** Evidence ids attached to the copy's claims ("best", "#1", "clinically proven"). */
  substantiationIds?: string[];
}

export interface CheckOutcome {
  ruleSetId: string | null;
  ruleSetVersion: number | null;
  violations: Violation[];
  /** Copy after safe auto-fixes (e.g. appended disclaimer), with what was changed. */
  fixedCopy?: CandidateCopy;
  fixes?: string[];
}

export interface CandidateChecker {
  /** Pins one rule-set version for a whole generation run (consistent under concurrent rule updates). */
  pinRuleSet(brandId: string): Promise<{ ruleSetId: string | null; version: number | null }>;
  checkCandidate(candidate: Candidate, pinned: { ruleSetId: string | null }): Promise<CheckOutcome>;
}
