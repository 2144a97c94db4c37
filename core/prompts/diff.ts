import { createTwoFilesPatch, diffLines } from "diff";

export interface PromptDiff {
  from: string;
  to: string;
  addedLines: number;
  removedLines: number;
  /** Unified diff (3 lines of context), empty when the texts are identical. */
  unified: string;
}

/** Line diff between two prompt texts, labelled like `copywriter v1` → `copywriter v2`. */
export function diffPromptTexts(fromLabel: string, fromText: string, toLabel: string, toText: string): PromptDiff {
  let addedLines = 0;
  let removedLines = 0;
  for (const change of diffLines(withNewline(fromText), withNewline(toText))) {
    if (change.added) addedLines += change.count ?? 0;
    if (change.removed) removedLines += change.count ?? 0;
  }
  const unified =
    addedLines + removedLines === 0
      ? ""
      : createTwoFilesPatch(fromLabel, toLabel, withNewline(fromText), withNewline(toText), undefined, undefined, {
          context: 3,
        })
          .replace(/^=+\n/, "") // the "====" separator line adds nothing for a single file
          .trimEnd();
  return { from: fromLabel, to: toLabel, addedLines, removedLines, unified };
}

// Texts are stored trimmed; a final newline keeps the last line from showing as "\ No newline at end of file".
const withNewline = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
