/**
 * npm run docs:reference — writes docs/reference.md from the schemas and core/authoring/reference-notes.ts.
 * test/reference-docs.test.ts fails when the committed page differs from what this writes.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderReference } from "../core/authoring/reference.ts";

const target = join(import.meta.dirname, "reference.md");
writeFileSync(target, renderReference());
process.stderr.write(`wrote ${target}\n`);
