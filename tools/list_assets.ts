import * as z from "zod";
import { AssetFilter, AssetView } from "../core/library/types.ts";
import { PageInput } from "../core/pagination.ts";
import { defineTool, PageOutput } from "./define.ts";
import { renderAssetLine } from "./render.ts";

export const listAssets = defineTool({
  name: "list_assets",
  title: "List assets",
  description:
    "List library assets, newest first, filtered by kind, status, brand, category, use case, owner, campaign, name or rights " +
    "validity. Paginated: pass nextCursor back as cursor for the next page.",
  toolset: "library",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: AssetFilter.extend(PageInput),
  output: z.object({ items: z.array(AssetView), ...PageOutput }),
  async run({ cursor, limit, ...filter }, { services, visible }) {
    const page = await services.library.list(filter, { cursor, limit, visible });
    const lines = page.items.map(renderAssetLine);
    const more = page.nextCursor ? `\n(more: cursor=${page.nextCursor})` : "";
    return { structured: page, text: `${page.items.length} asset(s)\n${lines.join("\n")}${more}` };
  },
});
