import * as z from "zod";
import { PageInput } from "../core/pagination.ts";
import { TemplateViewSchema } from "./create_template.ts";
import { defineTool, PageOutput } from "./define.ts";

export const listTemplates = defineTool({
  name: "list_templates",
  title: "List templates",
  description:
    "List ad templates, newest first, with every version (id, number, note, derived-from winner) and the slots and " +
    "formats of the latest version. Use a version id (tpv_...) as templateId in generate_variants to pin it. Paginated.",
  toolset: "generation",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({ brand: z.string().max(100).optional().describe("Brand slug or id"), ...PageInput }),
  output: z.object({ items: z.array(TemplateViewSchema), ...PageOutput }),
  async run({ brand, cursor, limit }, { services, visible }) {
    const page = await services.templates.list({ brand, cursor, limit, visible });
    const lines = page.items.map(
      (t) =>
        `${t.id} "${t.name}" v${t.latestVersion} (${t.versions.map((v) => v.id).join(", ")}) — slots: ${Object.entries(
          t.slots,
        )
          .map(([k, v]) => `${k}[${v.length}]`)
          .join(" ")}`,
    );
    return {
      structured: page,
      text: `${page.items.length} template(s)\n${lines.join("\n")}${page.nextCursor ? `\n(more: cursor=${page.nextCursor})` : ""}`,
    };
  },
});
